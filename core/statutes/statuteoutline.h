#pragma once

#include "common/result.h"
#include "statutemodel.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// The whole text of one version, article by article, for browsing (编/章/节 tree) and for
// building search indexes. Reads the statute library file through a read-only connection of
// its own, so it can run on any thread.
class StatuteOutline
{
    Q_DECLARE_TR_FUNCTIONS(cd::StatuteOutline)
public:
    static Result<QVector<StatuteArticle>> articles(const QString& libraryPath, qint64 versionId);

    // A tree node: a heading (编/章/节) with its children, or an article leaf (article >= 0).
    struct Node
    {
        QString label;
        int article = -1; // index into the articles vector
        QVector<Node> children;
    };
    // Groups articles under their " / "-separated headings, in text order.
    static Node tree(const QVector<StatuteArticle>& articles);
};

} // namespace cd
