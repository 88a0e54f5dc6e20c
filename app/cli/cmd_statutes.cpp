// courtdesk-cli statutes: citation resolution, statute push, charges and search over the
// statute library (imported from the corpus on first use).
#include "cli.h"

#include "intel/statutepush.h"
#include "statutes/chargecatalog.h"
#include "statutes/statutelibrary.h"
#include "statutes/statuteoutline.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cd::cli {

namespace {

int statutesUsage(QTextStream& s, int rc)
{
    s << "usage: courtdesk-cli statutes cite CITATION [--date YYYY-MM-DD]\n"
         "       courtdesk-cli statutes suggest [--top N] [--json] [--date YYYY-MM-DD] < FACTS\n"
         "       courtdesk-cli statutes charges [--json]\n"
         "       courtdesk-cli statutes search QUERY [--date YYYY-MM-DD] [--limit N]\n\n"
         "cite     prints the article's text in force on the date (default today) on stdout and\n"
         "         which version it is on stderr;\n"
         "         exit 1 when the library has no such text in force then.\n"
         "suggest  reads a case's facts on stdin and prints the articles most likely to apply;\n"
         "         --json prints [{\"law\", \"article\", \"score\", \"why\"}], 133-1 for "
         "第一百三十三条之一.\n"
         "eval     statutes eval FILE.tsv [--verbose]: top-1/top-5 of charge<TAB>facts rows;\n"
         "         --verbose prints each case: ok, or MISS with the rank and the first five.\n"
         "charges  the charge (罪名) to Criminal Law article map from the 确定罪名 "
         "interpretations.\n"
         "Exit codes: 0 ok, 1 not found, 2 usage error, 3 library unavailable.\n";
    return rc;
}

std::unique_ptr<StatuteLibrary> openLibrary(Io& io)
{
    auto lib = StatuteLibrary::openDefault();
    if (!lib) {
        io.err << "courtdesk-cli statutes: " << lib.errorMessage() << "\n";
        return nullptr;
    }
    return std::move(lib).value();
}

int runCite(const QString& text, const QDate& date, Io& io)
{
    auto lib = openLibrary(io);
    if (!lib)
        return 3;
    // 民事诉讼法第二百六十四条 without 《》 is how people type it: add the marks around the name.
    QString citation = text.trimmed();
    if (!citation.contains(QChar(u'《'))) {
        const int di = citation.indexOf(QChar(u'第'));
        if (di > 0)
            citation =
                QStringLiteral("《") + citation.left(di) + QStringLiteral("》") + citation.mid(di);
    }
    const ResolvedCitation r = lib->resolve(citation, date);
    int rc = 0;
    for (const ResolvedArticle& a : r.articles) {
        if (a.status != CitationStatus::Resolved) {
            io.err << a.message << "\n";
            rc = 1;
            continue;
        }
        // stdout carries the text alone (scripts paste it); which version it is goes to stderr.
        io.err << r.version->title << " " << a.article.label() << "（"
               << r.version->versionDate.toString(Qt::ISODate) << "文本，"
               << r.version->effectiveFrom.toString(Qt::ISODate) << "起施行）\n";
        io.out << a.article.text << "\n";
    }
    if (r.articles.isEmpty()) {
        io.err << "courtdesk-cli statutes: not a citation: " << text << "\n";
        return 1;
    }
    return rc;
}

int runSuggest(int top, bool json, const QDate& date, Io& io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << "courtdesk-cli statutes suggest: cannot read stdin\n";
        return 2;
    }
    const QString facts = QString::fromUtf8(in.readAll());
    auto lib = openLibrary(io);
    if (!lib)
        return 3;
    auto push = StatutePush::create(*lib, date);
    if (!push) {
        io.err << "courtdesk-cli statutes suggest: " << push.errorMessage() << "\n";
        return 3;
    }
    const QVector<StatuteSuggestion> out = push.value()->suggest(facts, top);
    if (json) {
        QJsonArray arr;
        for (const StatuteSuggestion& s : out)
            arr.append(QJsonObject{{QStringLiteral("law"), s.law},
                                   {QStringLiteral("article"), s.article},
                                   {QStringLiteral("score"), qRound(s.score * 100) / 100.0},
                                   {QStringLiteral("why"), s.why}});
        io.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const StatuteSuggestion& s : out)
        io.out << QString::number(s.score, 'f', 2) << "  " << s.law << " 第" << s.article
               << "条\n      " << s.why << "\n";
    return 0;
}

int runCharges(bool json, Io& io)
{
    auto lib = openLibrary(io);
    if (!lib)
        return 3;
    auto charges = ChargeCatalog::load(lib->path());
    if (!charges) {
        io.err << "courtdesk-cli statutes charges: " << charges.errorMessage() << "\n";
        return 3;
    }
    QJsonArray arr;
    for (const Charge& c : charges.value()) {
        QStringList arts;
        for (const ChargeArticle& a : c.articles)
            arts << a.key() + (a.paragraph ? QStringLiteral("(%1)").arg(a.paragraph) : QString());
        if (json)
            arr.append(QJsonObject{{QStringLiteral("charge"), c.name},
                                   {QStringLiteral("article"), c.definingArticle().key()},
                                   {QStringLiteral("articles"), QJsonArray::fromStringList(arts)},
                                   {QStringLiteral("source"), c.source}});
        else
            io.out << c.definingArticle().key() << "\t" << c.name << "\t" << arts.join(',') << "\t"
                   << c.source << "\n";
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    return 0;
}

// Figures for the bench: charge<TAB>facts rows; the charge's defining article should be first
// (top-1) or among the first five (top-5). A plain bigram BM25 over the articles of the
// Criminal Law's specific part is printed beside it as the baseline.
int runEval(const QString& path, const QDate& date, bool verbose, Io& io)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << "courtdesk-cli statutes eval: cannot read " << path << "\n";
        return 2;
    }
    auto lib = openLibrary(io);
    if (!lib)
        return 3;
    auto push = StatutePush::create(*lib, date);
    if (!push) {
        io.err << "courtdesk-cli statutes eval: " << push.errorMessage() << "\n";
        return 3;
    }
    QHash<QString, QString> articleOf;
    for (const Charge& c : push.value()->charges())
        articleOf.insert(c.name, c.definingArticle().key());
    // Baseline index: every article of the specific part (第一百零二条 onwards).
    Bm25Index baseline;
    QStringList baselineKeys;
    const auto criminal = lib->versionInForce(QStringLiteral("刑法"), date);
    if (criminal) {
        auto arts = StatuteOutline::articles(lib->path(), criminal->id);
        if (arts) {
            for (const StatuteArticle& a : arts.value()) {
                if (a.number < 102)
                    continue;
                baseline.add(a.text);
                baselineKeys << (a.suffix ? QStringLiteral("%1-%2").arg(a.number).arg(a.suffix)
                                          : QString::number(a.number));
            }
        }
    }
    baseline.finish();
    int n = 0, top1 = 0, top5 = 0, base1 = 0, base5 = 0;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString charge = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        const QString facts = line.section(QLatin1Char('\t'), 1);
        const QString want = articleOf.value(charge);
        if (want.isEmpty()) {
            io.err << "unknown charge in " << path << ": " << charge << "\n";
            return 1;
        }
        ++n;
        const QVector<StatuteSuggestion> got = push.value()->suggest(facts, 5);
        int rank = -1;
        for (int i = 0; i < got.size(); ++i)
            if (got.at(i).article == want && rank < 0)
                rank = i;
        top1 += rank == 0;
        top5 += rank >= 0;
        const QVector<double> bs = baseline.scores(facts);
        int better = 0;
        const int wantIdx = int(baselineKeys.indexOf(want));
        for (int i = 0; i < bs.size(); ++i)
            if (wantIdx >= 0 && bs.at(i) > bs.at(wantIdx))
                ++better;
        base1 += wantIdx >= 0 && better == 0;
        base5 += wantIdx >= 0 && better < 5;
        if (verbose && rank == 0)
            io.out << "ok   " << charge << "\n";
        if (verbose && rank != 0) {
            io.out << "MISS rank=" << rank << " want " << charge << " (" << want << ") got";
            for (const StatuteSuggestion& s : got)
                io.out << " " << s.article << (s.charge.isEmpty() ? QString() : "/" + s.charge);
            io.out << "\n     " << facts << "\n";
        }
    }
    auto pct = [&](int k) {
        return n ? QString::number(100.0 * k / n, 'f', 1) : QStringLiteral("-");
    };
    io.out << "cases " << n << "  top-1 " << pct(top1) << "%  top-5 " << pct(top5)
           << "%   (bigram BM25 baseline: top-1 " << pct(base1) << "%  top-5 " << pct(base5)
           << "%)\n";
    return 0;
}

int runSearch(const QString& query, const QDate& date, int limit, Io& io)
{
    auto lib = openLibrary(io);
    if (!lib)
        return 3;
    const auto hits = lib->search(query, date, limit);
    for (const StatuteSearchHit& h : hits)
        io.out << h.version.title << " " << h.article.label() << "\t"
               << h.article.text.left(80).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    return hits.isEmpty() ? 1 : 0;
}

} // namespace

int runStatutes(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption dateOpt(QStringLiteral("date"), {}, QStringLiteral("DATE"));
    const QCommandLineOption topOpt(QStringLiteral("top"), {}, QStringLiteral("N"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"));
    p.addOptions({help, dateOpt, topOpt, limitOpt, jsonOpt, verboseOpt});
    if (!p.parse(QStringList{QStringLiteral("courtdesk-cli statutes")} + args)) {
        io.err << "courtdesk-cli statutes: " << p.errorText() << "\n";
        return statutesUsage(io.err, 2);
    }
    if (p.isSet(help))
        return statutesUsage(io.out, 0);
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return statutesUsage(io.err, 2);
    QDate date = QDate::currentDate();
    if (p.isSet(dateOpt)) {
        date = QDate::fromString(p.value(dateOpt), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            io.err << "courtdesk-cli statutes: --date needs YYYY-MM-DD\n";
            return 2;
        }
    }
    const QString sub = pos.first();
    if (sub == QLatin1String("cite")) {
        if (pos.size() != 2)
            return statutesUsage(io.err, 2);
        return runCite(pos.at(1), date, io);
    }
    if (sub == QLatin1String("suggest")) {
        bool ok = true;
        const int top = p.isSet(topOpt) ? p.value(topOpt).toInt(&ok) : 5;
        if (!ok || top <= 0) {
            io.err << "courtdesk-cli statutes suggest: --top needs a number > 0\n";
            return 2;
        }
        return runSuggest(top, p.isSet(jsonOpt), date, io);
    }
    if (sub == QLatin1String("eval") && pos.size() == 2)
        return runEval(pos.at(1), date, p.isSet(verboseOpt), io);
    if (sub == QLatin1String("charges"))
        return runCharges(p.isSet(jsonOpt), io);
    if (sub == QLatin1String("search") && pos.size() >= 2) {
        const int limit = p.isSet(limitOpt) ? p.value(limitOpt).toInt() : 20;
        return runSearch(pos.mid(1).join(QLatin1Char(' ')), date, qMax(1, limit), io);
    }
    return statutesUsage(io.err, 2);
}

} // namespace cd::cli
