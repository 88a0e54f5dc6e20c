#include "signingaudit.h"

#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "storage/profile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

Result<QString> SigningAudit::resolveCase(Profile& profile, const QString& caseNumber)
{
    CaseRepository repo(profile.database(), profile.actor());
    auto id = repo.idForNumber(caseNumber);
    if (!id)
        return id.error();
    auto c = repo.load(id.value());
    if (!c)
        return c.error();
    return c->uuid;
}

Result<qint64> SigningAudit::record(Profile& profile, const QString& caseNumber,
                                    const QString& caseUuid, const QString& inputPath,
                                    const QString& inputSha256, const QString& nickname,
                                    const SignOutcome& outcome)
{
    const bool forCase = !caseUuid.isEmpty();
    const QString entity = forCase ? QStringLiteral("case") : QStringLiteral("document");
    const QString entityId = forCase ? caseUuid : outcome.outputSha256;
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
    // Inside an IMMEDIATE transaction: batch workers run in parallel and each appends to the
    // hash chain; reading the previous hash and inserting must not interleave between processes.
    qint64 id = 0;
    auto r = profile.database().transaction([&]() -> Result<void> {
        auto a =
            AuditLog(profile.database())
                .append(profile.actor(), QLatin1String(kAction), entity, entityId,
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        if (!a)
            return a.error();
        id = a.value();
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

} // namespace cd
