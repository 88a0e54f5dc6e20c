#include "versionsdialog.h"

#include "drafting/draftstore.h"
#include "drafting/textdiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
QString noteText(const QString& note)
{
    if (note.startsWith(QLatin1String("restored-from:")))
        return VersionsDialog::tr("restored from version %1")
            .arg(note.section(QLatin1Char(':'), 1));
    return note;
}
} // namespace

VersionsDialog::VersionsDialog(DraftStore& store, qint64 draftId, const QString& author,
                               QWidget* parent)
    : QDialog(parent), m_store(store), m_draftId(draftId), m_author(author),
      m_list(new QListWidget(this)), m_diff(new QTextBrowser(this)), m_summary(new QLabel(this)),
      m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(tr("Versions"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_restore->setText(tr("Restore This Version"));
    auto* hint = new QLabel(
        tr("Select one version to compare it with the one before, or two to compare them."), this);
    hint->setWordWrap(true);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_summary);
    rl->addWidget(m_diff, 1);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &VersionsDialog::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    resize(980, 620);
    reload();
}

bool VersionsDialog::reload()
{
    auto history = m_store.history(m_draftId);
    m_list->clear();
    if (!history) {
        m_summary->setText(history.errorMessage());
        return false;
    }
    for (const DraftVersion& v : history.value()) {
        QString text =
            tr("Version %1 — %2, %3")
                .arg(v.number)
                .arg(QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat), v.author);
        if (!v.note.isEmpty())
            text += QStringLiteral(" (") + noteText(v.note) + QLatin1Char(')');
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, v.number);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    return true;
}

void VersionsDialog::compareSelected()
{
    QList<int> numbers;
    for (QListWidgetItem* i : m_list->selectedItems())
        numbers << i->data(Qt::UserRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    m_restore->setEnabled(numbers.size() == 1);
    if (numbers.size() == 1 && numbers.first() > 1)
        compare(numbers.first() - 1, numbers.first());
    else if (numbers.size() >= 2)
        compare(numbers.first(), numbers.last());
    else
        m_diff->clear();
}

bool VersionsDialog::compare(int older, int newer)
{
    auto a = m_store.version(m_draftId, older);
    auto b = m_store.version(m_draftId, newer);
    if (!a || !b) {
        m_summary->setText(a ? b.errorMessage() : a.errorMessage());
        return false;
    }
    const auto diff =
        TextDiff::paragraphs(a->document.paragraphTexts(), b->document.paragraphTexts());
    const auto s = TextDiff::summarize(diff);
    m_summary->setText(tr("Version %1 → %2: %3 changed, %4 added, %5 removed paragraph(s).")
                           .arg(older)
                           .arg(newer)
                           .arg(s.changed)
                           .arg(s.added)
                           .arg(s.removed));
    QString html = QStringLiteral("<html><body style=\"font-size:14pt\">");
    const QString del =
        QStringLiteral("<span style=\"color:#b00020;text-decoration:line-through\">%1</span>");
    const QString ins =
        QStringLiteral("<span style=\"color:#006b2d;text-decoration:underline\">%1</span>");
    for (const DiffParagraph& p : diff) {
        html += QStringLiteral("<p>");
        switch (p.kind) {
        case DiffParagraph::Kind::Same:
            html += QStringLiteral("<span style=\"color:#777\">%1</span>")
                        .arg(p.oldText.toHtmlEscaped());
            break;
        case DiffParagraph::Kind::Removed:
            html += del.arg(p.oldText.toHtmlEscaped());
            break;
        case DiffParagraph::Kind::Added:
            html += ins.arg(p.newText.toHtmlEscaped());
            break;
        case DiffParagraph::Kind::Changed:
            for (const DiffSegment& seg : p.segments) {
                const QString t = seg.text.toHtmlEscaped();
                html += seg.kind == DiffSegment::Kind::Same      ? t
                        : seg.kind == DiffSegment::Kind::Removed ? del.arg(t)
                                                                 : ins.arg(t);
            }
            break;
        }
        html += QStringLiteral("</p>");
    }
    m_diff->setHtml(html + QStringLiteral("</body></html>"));
    return true;
}

QString VersionsDialog::diffHtml() const
{
    return m_diff->toHtml();
}

void VersionsDialog::restoreSelected()
{
    const QList<QListWidgetItem*> sel = m_list->selectedItems();
    if (sel.size() != 1)
        return;
    const int number = sel.first()->data(Qt::UserRole).toInt();
    auto r = m_store.restore(m_draftId, number, m_author);
    if (!r) {
        QMessageBox::warning(this, windowTitle(), r.errorMessage());
        return;
    }
    m_restored = r.value();
    emit restored(r.value());
    reload();
}

} // namespace cd::ui
