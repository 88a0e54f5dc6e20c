#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace cd {

class StatuteLibrary;
class TemplateRepository;

// One row of the provision table (data/provisions.tsv): which article of which law a clause
// cites, for texts in force from a date.
struct ProvisionRow
{
    QString key;       // late-payment
    QString law;       // 中华人民共和国民事诉讼法
    QString textLabel; // 2023年修正
    QDate effectiveFrom;
    QString article; // 第二百六十四条 (may carry 第一款第三项)
    QString marker;  // words the article's text must contain, to verify the row
    QString source;
};

struct ProvisionCitation
{
    enum class Status {
        Verified,     // the article in force on the date says what the row expects
        NotInLibrary, // the text in force on the date is not in the statute library
        Mismatch,     // the library's text in force does not match the row: the data is wrong
        None,         // no row covers the date
    };
    QString key;
    Status status = Status::None;
    QString law;
    QString article;
    QString citation; // 《中华人民共和国民事诉讼法》第二百六十四条; empty when Status::None
    QString text;    // the article's text when Verified
    QString message; // translated, unless Verified
};

// Clause citations that depend on the document date, resolved against the statute library.
class ProvisionTable
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProvisionTable)
public:
    static ProvisionTable fromRepository(const TemplateRepository& repo);
    explicit ProvisionTable(QVector<ProvisionRow> rows = {}) : m_rows(std::move(rows)) {}

    QStringList keys() const;
    const QVector<ProvisionRow>& rows() const { return m_rows; }
    // library may be null: then nothing can be verified and rows come back NotInLibrary.
    ProvisionCitation resolve(const QString& key, const QDate& date,
                              const StatuteLibrary* library) const;

private:
    QVector<ProvisionRow> m_rows;
};

// Court names and the court an appeal goes to (data/courts.tsv: code, name, appeal court code).
class CourtDirectory
{
public:
    static CourtDirectory fromRepository(const TemplateRepository& repo);

    QString name(const QString& code) const; // empty when unknown
    QString appealCourtName(const QString& code) const;

private:
    QHash<QString, QPair<QString, QString>> m_courts; // code → (name, appeal code)
};

} // namespace cd
