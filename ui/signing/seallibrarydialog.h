#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd::ui {

class MessageBar;

// The profile's seals and signature images: draw the default round seal from the court's name,
// import a scanned seal or a handwritten signature (the paper becomes transparent), remove.
class SealLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SealLibraryDialog(const QString& profileDir, QWidget* parent = nullptr);

    void reload();
    bool generate(const QString& courtName);
    bool importImage(bool courtSeal, const QString& name, const QString& file);
    bool removeSelected();

    QListWidget* list() const { return m_list; }
    QLineEdit* courtNameEdit() const { return m_court; }

Q_SIGNALS:
    void libraryChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void askImport(bool courtSeal);
    void report(bool ok, const QString& message);

    QString m_profileDir;
    MessageBar* m_messages;
    QListWidget* m_list;
    QLabel* m_courtLabel;
    QLineEdit* m_court;
    QPushButton* m_generate;
    QPushButton* m_importSeal;
    QPushButton* m_importSignature;
    QPushButton* m_remove;
    QPushButton* m_close;
};

} // namespace cd::ui
