// courtdesk-cli proofread FILE: findings as JSON lines, exit 0 when there are none.

#include "cases/caserepository.h"
#include "cli.h"
#include "drafting/documentreader.h"
#include "drafting/draftcontext.h"
#include "drafting/proofreader.h"
#include "drafting/templaterepository.h"
#include "profileopts.h"
#include "statutes/statutelibrary.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::cli {

int runProofread(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    p.addOption(profile);
    if (!parseArgs(p, QStringLiteral("proofread"), args, io))
        return 2;
    if (p.positionalArguments().size() != 1) {
        io.err << "usage: courtdesk-cli proofread [--profile DIR] FILE\n"
                  "  FILE: .txt (case data from FILE.case.json if present), .odt or .docx\n";
        return 2;
    }
    auto input = DocumentReader::read(p.positionalArguments().first());
    if (!input) {
        printError(io, input.error());
        return 2;
    }
    // With a profile, the case named by the document's case number is the reference; it is
    // newer than the snapshot a document carries.
    std::unique_ptr<Profile> prof;
    if (p.isSet(profile)) {
        prof = openProfile(p.value(profile), io);
        if (!prof)
            return 2;
        static const QRegularExpression number(QStringLiteral("[（(]\\d{4}[）)]\\S+?号"));
        for (const QString& para : input->paragraphs) {
            const auto m = number.match(para);
            if (!m.hasMatch())
                continue;
            CaseRepository cases(prof->database(), prof->actor());
            if (auto id = cases.idForNumber(m.captured(0))) {
                if (auto c = cases.load(id.value())) {
                    const QJsonObject snap = input->caseSnapshot;
                    input.value().caseSnapshot = DraftContext::snapshot(
                        c.value(),
                        QDate::fromString(snap.value(QStringLiteral("documentDate")).toString(),
                                          Qt::ISODate));
                }
            }
            break;
        }
    }
    auto repo = TemplateRepository::load(prof ? prof->dir() : QString());
    if (!repo) {
        printError(io, repo.error());
        return 2;
    }
    auto library = StatuteLibrary::openDefault();
    if (!library)
        io.err << library.errorMessage() << "\n";
    const Proofreader proofreader(library ? library.value().get() : nullptr, repo.value());
    const QVector<ProofFinding> findings = proofreader.check(input.value());
    for (const ProofFinding& f : findings)
        io.out << QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact))
               << "\n";
    return findings.isEmpty() ? 0 : 1;
}

} // namespace cd::cli
