#include "statuteoutline.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

Result<QVector<StatuteArticle>> StatuteOutline::articles(const QString& libraryPath,
                                                         qint64 versionId)
{
    const QString conn = QStringLiteral("outline-") + QUuid::createUuid().toString(QUuid::Id128);
    QVector<StatuteArticle> out;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(libraryPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT number, suffix, heading, text FROM articles"
                                     " WHERE version_id=? ORDER BY id"));
            q.addBindValue(versionId);
            if (!q.exec()) {
                error = q.lastError().text();
            } else {
                while (q.next()) {
                    StatuteArticle a;
                    a.number = q.value(0).toInt();
                    a.suffix = q.value(1).toInt();
                    a.heading = q.value(2).toString();
                    a.text = q.value(3).toString();
                    out << a;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!error.isEmpty())
        return databaseError(tr("reading the statute library"), error);
    return out;
}

StatuteOutline::Node StatuteOutline::tree(const QVector<StatuteArticle>& articles)
{
    Node root;
    for (int i = 0; i < articles.size(); ++i) {
        Node* node = &root;
        const QStringList path =
            articles.at(i).heading.split(QStringLiteral(" / "), Qt::SkipEmptyParts);
        for (const QString& h : path) {
            // Headings repeat only while their articles are contiguous, so the last child is
            // the only candidate.
            if (node->children.isEmpty() || node->children.last().label != h ||
                node->children.last().article >= 0)
                node->children.push_back(Node{h, -1, {}});
            node = &node->children.last();
        }
        node->children.push_back(Node{articles.at(i).label(), i, {}});
    }
    return root;
}

} // namespace cd
