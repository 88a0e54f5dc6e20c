#include "provisions.h"

#include "statutes/citation.h"
#include "statutes/statutelibrary.h"
#include "templaterepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace cd {

ProvisionTable ProvisionTable::fromRepository(const TemplateRepository& repo)
{
    QVector<ProvisionRow> rows;
    for (const QStringList& r : repo.table(QStringLiteral("provisions"))) {
        if (r.size() < 6)
            continue;
        rows << ProvisionRow{r.at(0).trimmed(),   r.at(1).trimmed(),
                             r.at(2).trimmed(),   QDate::fromString(r.at(3).trimmed(), Qt::ISODate),
                             r.at(4).trimmed(),   r.at(5).trimmed(),
                             r.value(6).trimmed()};
    }
    std::sort(rows.begin(), rows.end(), [](const ProvisionRow& a, const ProvisionRow& b) {
        return std::tie(a.key, a.effectiveFrom) < std::tie(b.key, b.effectiveFrom);
    });
    return ProvisionTable(rows);
}

QStringList ProvisionTable::keys() const
{
    QStringList k;
    for (const ProvisionRow& r : m_rows) {
        if (!k.contains(r.key))
            k << r.key;
    }
    return k;
}

ProvisionCitation ProvisionTable::resolve(const QString& key, const QDate& date,
                                          const StatuteLibrary* library) const
{
    ProvisionCitation c;
    c.key = key;
    const ProvisionRow* row = nullptr;
    for (const ProvisionRow& r : m_rows) {
        if (r.key == key && r.effectiveFrom <= date)
            row = &r;
    }
    const QString day = date.toString(Qt::ISODate);
    if (!row) {
        c.message =
            tr("No text of the provision “%1” is known for %2; cite it by hand.").arg(key, day);
        return c;
    }
    c.law = row->law;
    c.article = row->article;
    c.citation = QStringLiteral("《") + row->law + QStringLiteral("》") + row->article;
    const auto version = library ? library->versionInForce(row->law, date) : std::nullopt;
    // The library's text must be the very text the row is for; a later or earlier text with
    // other numbering proves nothing about this one.
    if (!version || version->effectiveFrom != row->effectiveFrom) {
        c.status = ProvisionCitation::Status::NotInLibrary;
        c.message = tr("The text of 《%1》 in force on %2 (%3) is not in the statute library; %4 "
                       "could not be checked against it.")
                        .arg(row->law, day, row->textLabel, row->article);
        return c;
    }
    const Citation parsed = CitationParser::parseOne(c.citation);
    const ResolvedCitation rc = library->resolve(parsed, date);
    if (!rc.allResolved() || !rc.articles.first().article.text.contains(row->marker)) {
        c.status = ProvisionCitation::Status::Mismatch;
        c.message = tr("The provision table says %1 for %2, but that article of the text in force "
                       "does not contain “%3”.")
                        .arg(c.citation, day, row->marker);
        return c;
    }
    c.status = ProvisionCitation::Status::Verified;
    c.text = rc.articles.first().article.text;
    return c;
}

CourtDirectory CourtDirectory::fromRepository(const TemplateRepository& repo)
{
    CourtDirectory d;
    for (const QStringList& r : repo.table(QStringLiteral("courts"))) {
        if (r.size() >= 2)
            d.m_courts.insert(r.at(0).trimmed(), {r.at(1).trimmed(), r.value(2).trimmed()});
    }
    return d;
}

QString CourtDirectory::name(const QString& code) const
{
    return m_courts.value(code).first;
}

QString CourtDirectory::appealCourtName(const QString& code) const
{
    QString appeal = m_courts.value(code).second;
    if (appeal.isEmpty()) {
        // By the case-number rules a basic court's code extends its intermediate court's
        // (甘0102 → 甘01), and an intermediate court's extends the high court's (甘01 → 甘).
        static const QRegularExpression re(QStringLiteral("^(\\D+)(\\d\\d)(\\d\\d)?$"));
        const auto m = re.match(code);
        if (m.hasMatch())
            appeal = m.captured(3).isEmpty() ? m.captured(1) : m.captured(1) + m.captured(2);
    }
    return m_courts.value(appeal).first;
}

} // namespace cd
