#include "signingaudit.h"

#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "storage/profile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

Result<qint64> SigningAudit::record(Profile& profile, const QString& caseNumber,
                                    const QString& inputPath, const QString& inputSha256,
                                    const QString& nickname, const SignOutcome& outcome)
{
    QString entity = QStringLiteral("document");
    QString entityId = outcome.outputSha256;
    if (!caseNumber.isEmpty()) {
        CaseRepository repo(profile.database(), profile.actor());
        auto id = repo.idForNumber(caseNumber);
        if (!id)
            return id.error();
        auto c = repo.load(id.value());
        if (!c)
            return c.error();
        entity = QStringLiteral("case");
        entityId = c->uuid;
    }
    const QJsonObject details{
        {QStringLiteral("case"), caseNumber},
        {QStringLiteral("input"), QFileInfo(inputPath).absoluteFilePath()},
        {QStringLiteral("inputSha256"), inputSha256},
        {QStringLiteral("output"), outcome.output},
        {QStringLiteral("outputSha256"), outcome.outputSha256},
        {QStringLiteral("certificate"), nickname},
        {QStringLiteral("signer"), outcome.signerName},
        {QStringLiteral("field"), outcome.fieldName},
        {QStringLiteral("signatures"), outcome.signatureCount},
    };
    return AuditLog(profile.database())
        .append(profile.actor(), QLatin1String(kAction), entity, entityId,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

} // namespace cd
