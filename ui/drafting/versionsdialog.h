#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace cd {
class DraftStore;
}

namespace cd::ui {

// The versions of one draft: pick two to see what changed (removed text struck through in red,
// added text underlined in green); restore one as a new version.
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    VersionsDialog(DraftStore& store, qint64 draftId, const QString& author,
                   QWidget* parent = nullptr);

    bool reload();
    // Compares two version numbers; the diff shows in the dialog. Returns false on error.
    bool compare(int older, int newer);
    QString diffHtml() const;
    int restoredVersion() const { return m_restored; }

signals:
    void restored(int newVersion);

private:
    void compareSelected();
    void restoreSelected();

    DraftStore& m_store;
    qint64 m_draftId;
    QString m_author;
    QListWidget* m_list;
    QTextBrowser* m_diff;
    QLabel* m_summary;
    QPushButton* m_restore;
    int m_restored = 0;
};

} // namespace cd::ui
