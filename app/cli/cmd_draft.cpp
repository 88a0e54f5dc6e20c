// Drafting commands: amount-in-words, court-fee, templates, draft (issue 3's CLI contract).

#include "cases/caserepository.h"
#include "cli.h"
#include "drafting/courtfee.h"
#include "drafting/drafter.h"
#include "drafting/draftexport.h"
#include "drafting/money.h"
#include "drafting/templaterepository.h"
#include "profileopts.h"
#include "statutes/statutelibrary.h"

#include <QDate>
#include <QFileInfo>

namespace cd::cli {

namespace {
QString tr(const char* source, int n = -1)
{
    return QCoreApplication::translate("cd::cli", source, nullptr, n);
}
} // namespace

int runAmountInWords(const QStringList& args, Io& io)
{
    if (args.size() != 1) {
        io.err << "usage: courtdesk-cli amount-in-words AMOUNT\n";
        return 2;
    }
    const auto fen = Money::parseYuan(args.first());
    if (!fen) {
        printError(io, fen.error());
        return 2;
    }
    io.out << AmountInWords::canonical(fen.value()) << "\n";
    return 0;
}

int runCourtFee(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption claim(QStringLiteral("claim"), {}, QStringLiteral("AMOUNT"));
    const QCommandLineOption procedure(QStringLiteral("procedure"), {}, QStringLiteral("P"),
                                       QStringLiteral("ordinary"));
    const QCommandLineOption mediated(QStringLiteral("mediated"));
    const QCommandLineOption withdrawn(QStringLiteral("withdrawn"));
    p.addOptions({claim, procedure, mediated, withdrawn});
    if (!parseArgs(p, QStringLiteral("court-fee"), args, io))
        return 2;
    const QString proc = p.value(procedure);
    if (!p.isSet(claim) || !p.positionalArguments().isEmpty() ||
        (proc != QLatin1String("simplified") && proc != QLatin1String("ordinary"))) {
        io.err << "usage: courtdesk-cli court-fee --claim AMOUNT [--procedure simplified|ordinary] "
                  "[--mediated] [--withdrawn]\n";
        return 2;
    }
    const auto fen = Money::parseYuan(p.value(claim));
    if (!fen) {
        printError(io, fen.error());
        return 2;
    }
    CourtFeeInput in;
    in.claimFen = fen.value();
    in.simplified = proc == QLatin1String("simplified");
    in.mediated = p.isSet(mediated);
    in.withdrawn = p.isSet(withdrawn);
    const auto r = CourtFee::compute(in);
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    io.out << Money::formatYuan(r->feeFen) << "\n";
    return 0;
}

int runTemplates(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    p.addOption(profile);
    if (!parseArgs(p, QStringLiteral("templates"), args, io))
        return 2;
    auto repo = TemplateRepository::load(p.value(profile));
    if (!repo) {
        printError(io, repo.error());
        return 1;
    }
    for (const QString& w : repo->loadWarnings())
        io.err << w << "\n";
    for (const QString& id : repo->ids())
        io.out << id << "\n";
    return 0;
}

int runDraft(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption caseNo(QStringLiteral("case"), {}, QStringLiteral("CASENO"));
    const QCommandLineOption templ(QStringLiteral("template"), {}, QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), {}, QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outFile(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    p.addOptions({profile, caseNo, templ, date, outFile});
    if (!parseArgs(p, QStringLiteral("draft"), args, io))
        return 2;
    const QDate day = QDate::fromString(p.value(date), Qt::ISODate);
    if (!p.isSet(caseNo) || !p.isSet(templ) || !p.isSet(outFile) || !day.isValid()) {
        io.err << "usage: courtdesk-cli draft --profile DIR --case CASENO --template ID "
                  "--date YYYY-MM-DD --out FILE\n";
        return 2;
    }
    if (auto f = DraftExport::formatForPath(p.value(outFile)); !f) {
        printError(io, f.error());
        return 2;
    }
    auto prof = openProfile(p.value(profile), io);
    if (!prof)
        return 1;
    CaseRepository cases(prof->database(), prof->actor());
    auto id = cases.idForNumber(p.value(caseNo));
    if (!id) {
        printError(io, id.error());
        return 1;
    }
    auto record = cases.load(id.value());
    if (!record) {
        printError(io, record.error());
        return 1;
    }
    auto repo = TemplateRepository::load(prof->dir());
    if (!repo) {
        printError(io, repo.error());
        return 1;
    }
    // Without the statute library the draft is still written; its citations are then marked
    // as not checked.
    auto library = StatuteLibrary::openDefault();
    if (!library)
        io.err << library.errorMessage() << "\n";
    DraftOptions options;
    options.date = day;
    if (auto ev = Drafter::evidenceFor(prof->database(), id.value()))
        options.evidence = ev.value();
    const Drafter drafter(repo.value(), library ? library.value().get() : nullptr);
    auto doc = drafter.draft(record.value(), p.value(templ), options);
    if (!doc) {
        printError(io, doc.error());
        return 1;
    }
    for (const QString& w : doc->warnings)
        io.err << tr("warning: ") << w << "\n";
    auto report = DraftExport::write(doc.value(), p.value(outFile));
    if (!report) {
        printError(io, report.error());
        return 1;
    }
    io.out << tr("Wrote %1 (%2 bytes").arg(QFileInfo(report->path).fileName()).arg(report->bytes);
    if (report->pages > 0)
        io.out << tr(", %n page(s)", report->pages) << tr(", fonts: ") << report->fonts;
    io.out << ").\n";
    return 0;
}

} // namespace cd::cli
