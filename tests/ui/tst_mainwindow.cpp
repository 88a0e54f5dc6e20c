// UI tests of the main window, run offscreen on a temporary profile.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/mainwindowactions.h"
#include "app/session.h"
#include "cases/casecontroller.h"
#include "cases/caseeditdialog.h"
#include "cases/caselistmodel.h"
#include "cases/caselistpanel.h"
#include "cases/caserepository.h"
#include "cases/casetableview.h"
#include "cases/caseview.h"
#include "cases/demodata.h"
#include "cases/demodataoffer.h"
#include "cases/idvalidators.h"
#include "cases/sortkey.h"
#include "common/clock.h"
#include "common/messagebar.h"
#include "common/recordtable.h"
#include "common/validatedlineedit.h"
#include "evidence/evidencerepository.h"
#include "settings/settingsdialog.h"
#include "storage/backupcontroller.h"
#include "storage/profile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

const QString kCaseNumber = QStringLiteral("（2024）甘0102民初9999号");
const QString kPartyName = QStringLiteral("尕藏措毛");

QString validResidentId()
{
    const QString first17 = QStringLiteral("62300119850612002");
    return first17 + IdValidators::residentIdCheckChar(first17);
}

QString outputDir()
{
    QString dir = qEnvironmentVariable("COURTDESK_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("courtdesk-test-output"));
    QDir().mkpath(dir);
    return dir;
}

// Types like a user: ASCII through key clicks, Chinese through the input method's commit.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(widget, &event);
        }
    }
}

QPushButton* okButton(QDialog* dialog)
{
    if (auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton")))
        return save;
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void newCaseDialogValidatesAsYouType();
    void createCaseThroughDialog();
    void searchFindsCaseByShortPartyName();
    void caseViewShowsTabs();
    void editAndDeleteCanBeUndone();
    void listFetchesMoreRowsWhenScrolled();
    void sortingByHeaderRequeries();
    void windowStateRoundTrip();
    void screenshots();
    void settingsSwitchLanguageLive();
    void demoDataFillsAnEmptyProfile();
    void backupWritesAFile();
    void restoreReplacesProfileAndReopens();

private:
    void openWindow(bool defaultSize = true);
    CaseEditDialog* openNewCaseDialog();
    void fillValidCase(CaseEditDialog* dialog);
    bool listShowsCase(const QString& caseNumber) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2024, 6, 20), QTime(9, 30)));
    Clock::setInstance(m_clock.get());
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->apply(QStringLiteral("zh_CN")));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto profile = Profile::open(m_dir->path());
    QVERIFY2(profile.isOk(), qPrintable(profile.errorMessage()));
    m_profile = std::move(profile).value();
    DemoOptions options;
    options.cases = 260;
    options.seed = 7;
    auto made = DemoData::generate(m_profile->database(), options);
    QVERIFY2(made.isOk(), qPrintable(made.errorMessage()));
    QCOMPARE(made.value(), 260);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_profile.reset();
    Clock::setInstance(nullptr);
}

void TestMainWindow::init()
{
    openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::openWindow(bool defaultSize)
{
    m_window = std::make_unique<MainWindow>(*m_profile, m_languages.get());
    if (defaultSize)
        m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

CaseEditDialog* TestMainWindow::openNewCaseDialog()
{
    // Dialogs close with deleteLater(); let earlier ones go before looking for the new one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->actions()->newCase->trigger();
    auto* dialog = m_window->findChild<CaseEditDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestMainWindow::fillValidCase(CaseEditDialog* dialog)
{
    auto* number = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("caseNumberEdit"));
    auto* cause = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("causeEdit"));
    QVERIFY(number && cause);
    number->lineEdit()->clear();
    // Half-width parentheses are typed; core stores the normalised full-width form.
    typeText(number->lineEdit(), QStringLiteral("(2024)甘0102民初9999号"));
    typeText(cause->lineEdit(), QStringLiteral("草场承包合同纠纷"));
    dialog->findChild<QLineEdit*>(QStringLiteral("judgeEdit"))->setText(QStringLiteral("才让东智"));
    dialog->findChild<QDateEdit*>(QStringLiteral("filedOnEdit"))->setDate(QDate(2024, 3, 11));

    auto* addParty = dialog->findChild<QPushButton*>(QStringLiteral("addPartyButton"));
    QVERIFY(addParty);
    QTest::mouseClick(addParty, Qt::LeftButton);
    auto* name = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyNameEdit"));
    auto* id = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyIdEdit"));
    QVERIFY(name && id);
    typeText(name->lineEdit(), kPartyName);
    typeText(id->lineEdit(), validResidentId());
    QVERIFY2(id->isValid(), qPrintable(id->errorMessage()));

    QTest::mouseClick(addParty, Qt::LeftButton);
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("partyKindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("organisation")));
    typeText(name->lineEdit(), QStringLiteral("甘南州雪域草业有限公司"));

    auto* addEvent = dialog->findChild<QPushButton*>(QStringLiteral("addEventButton"));
    QTest::mouseClick(addEvent, Qt::LeftButton);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("eventTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("suspension")));
    auto* start = dialog->findChild<QDateEdit*>(QStringLiteral("eventStartEdit"));
    start->setDate(QDate(2024, 5, 6));
    dialog->findChild<QCheckBox*>(QStringLiteral("eventOngoingCheck"))->setChecked(false);
    dialog->findChild<QDateEdit*>(QStringLiteral("eventEndEdit"))->setDate(QDate(2024, 5, 20));
}

bool TestMainWindow::listShowsCase(const QString& caseNumber) const
{
    const CaseListModel* model = m_window->caseList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CaseListModel::NumberColumn).data().toString() == caseNumber)
            return true;
    }
    return false;
}

void TestMainWindow::newCaseDialogValidatesAsYouType()
{
    CaseEditDialog* dialog = openNewCaseDialog();
    QVERIFY(dialog);
    QPushButton* ok = okButton(dialog);
    QVERIFY(ok);
    QVERIFY2(!ok->isEnabled(), "an empty form must not be accepted");

    auto* number = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("caseNumberEdit"));
    typeText(number->lineEdit(), QStringLiteral("(2024)甘0102民初"));
    QVERIFY(!number->isValid());
    QVERIFY(number->lineEdit()->property("invalid").toBool());
    auto* message = number->findChild<QLabel*>(QStringLiteral("validationMessage"));
    QVERIFY(message && !message->isHidden() && !message->text().isEmpty());
    QVERIFY(!ok->isEnabled());

    typeText(number->lineEdit(), QStringLiteral("12号"));
    QVERIFY2(number->isValid(), qPrintable(number->errorMessage()));
    QVERIFY(!number->lineEdit()->property("invalid").toBool());
    QVERIFY(message->isHidden());
    QVERIFY2(!ok->isEnabled(), "the cause of action is still missing");

    dialog->findChild<ValidatedLineEdit*>(QStringLiteral("causeEdit"))
        ->setText(QStringLiteral("劳动争议"));
    QVERIFY(ok->isEnabled());
    // Core computes the time limit while the user types: 6 months for 民初 filed today.
    auto* due = dialog->findChild<QLabel*>(QStringLiteral("dueLabel"));
    QVERIFY2(due->text().contains(QStringLiteral("2024-12-20")), qPrintable(due->text()));

    // A resident ID with a wrong check digit keeps OK disabled and explains why.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPartyButton")),
                      Qt::LeftButton);
    auto* name = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyNameEdit"));
    auto* id = dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyIdEdit"));
    typeText(name->lineEdit(), QStringLiteral("张三"));
    QString wrong = validResidentId();
    wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    typeText(id->lineEdit(), wrong);
    QVERIFY(!id->isValid());
    QVERIFY(id->lineEdit()->property("invalid").toBool());
    QVERIFY(!ok->isEnabled());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(!problem->text().isEmpty());

    // An organisation needs a credit code, not a resident ID.
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("partyKindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("organisation")));
    id->lineEdit()->setText(validResidentId());
    QVERIFY(!id->isValid());
    const QString first17 = QStringLiteral("91620102MA7ABCDE0");
    id->lineEdit()->setText(first17 + IdValidators::creditCodeCheckChar(first17));
    QVERIFY2(id->isValid(), qPrintable(id->errorMessage()));
    QVERIFY(ok->isEnabled());

    // An extension without its approval is incomplete.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addEventButton")),
                      Qt::LeftButton);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("eventTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("extension")));
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QSpinBox*>(QStringLiteral("eventMonthsSpin"))->setValue(6);
    dialog->findChild<QLineEdit*>(QStringLiteral("eventApprovedByEdit"))
        ->setText(QStringLiteral("院长"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->firstError()));
    QVERIFY2(due->text().contains(QStringLiteral("2025-06-20")), qPrintable(due->text()));

    // What only core knows is checked as well: a suspension cannot start before the filing.
    type->setCurrentIndex(type->findData(QStringLiteral("suspension")));
    dialog->findChild<QDateEdit*>(QStringLiteral("eventStartEdit"))->setDate(QDate(2024, 1, 8));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("2024-01-08")), qPrintable(problem->text()));

    dialog->reject();
}

void TestMainWindow::createCaseThroughDialog()
{
    auto before = m_window->cases()->repository().count();
    QVERIFY(before.isOk());

    CaseEditDialog* dialog = openNewCaseDialog();
    QVERIFY(dialog);
    fillValidCase(dialog);
    QPushButton* ok = okButton(dialog);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->firstError()));
    QPointer<CaseEditDialog> guard(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* saveMessage =
        guard ? guard->findChild<MessageBar*>(QStringLiteral("saveMessage")) : nullptr;
    QVERIFY2(!guard || guard->isHidden(),
             qPrintable(saveMessage ? saveMessage->text() : QString()));

    QCOMPARE(m_window->cases()->repository().count().value(), before.value() + 1);
    QCOMPARE(m_window->caseView()->record().caseNumber, kCaseNumber);
    QCOMPARE(m_window->caseView()->record().parties.size(), 2);
    QCOMPARE(m_window->caseView()->record().events.size(), 1);
    QVERIFY(m_window->caseList()->currentCaseId() == m_window->caseView()->record().id ||
            !listShowsCase(kCaseNumber));

    // Filing the same number twice is refused by core; its message shows in the dialog.
    dialog = openNewCaseDialog();
    fillValidCase(dialog);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* message = dialog->findChild<MessageBar*>(QStringLiteral("saveMessage"));
    QVERIFY(message && !message->text().isEmpty());
    QVERIFY(message->text().contains(kCaseNumber));
    dialog->reject();
}

void TestMainWindow::searchFindsCaseByShortPartyName()
{
    QLineEdit* search = m_window->caseList()->searchBox();
    m_window->actions()->find->trigger();
    QVERIFY(search->hasFocus() || !QApplication::focusWidget());
    CaseListModel* model = m_window->caseList()->model();

    // Two characters of the name: the short-term index, not trigram.
    typeText(search, kPartyName.right(2));
    QTRY_COMPARE(model->search(), kPartyName.right(2));
    QVERIFY(listShowsCase(kCaseNumber));
    QVERIFY(model->rowCount() < model->rowCount() + 1);
    QTRY_COMPARE(m_window->caseView()->record().caseNumber, kCaseNumber);

    // One character.
    search->clear();
    typeText(search, kPartyName.left(1));
    QTRY_COMPARE(model->search(), kPartyName.left(1));
    QVERIFY(listShowsCase(kCaseNumber));

    // Something nobody is called: the list says so instead of staying blank.
    search->clear();
    typeText(search, QStringLiteral("魑魅"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!m_window->caseList()->view()->emptyText().isEmpty());
    QVERIFY(!m_window->caseView()->hasRecord());

    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(model->search().isEmpty());
    QVERIFY(model->rowCount() > 0);
}

void TestMainWindow::caseViewShowsTabs()
{
    auto id = m_window->cases()->repository().idForNumber(kCaseNumber);
    QVERIFY2(id.isOk(), qPrintable(id.errorMessage()));
    m_window->caseList()->searchBox()->setText(kCaseNumber);
    m_window->caseList()->applySearchNow();
    QVERIFY(m_window->caseList()->selectCase(id.value()));
    CaseView* view = m_window->caseView();
    QCOMPARE(view->record().id, id.value());

    QTabWidget* tabs = view->tabs();
    QCOMPARE(tabs->count(), int(CaseView::TabCount));
    for (int t = 0; t < CaseView::TabCount; ++t) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + t), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), t);
        QVERIFY(!tabs->tabText(t).isEmpty());
    }
    QCOMPARE(view->table(CaseView::PartiesTab)->rowCount(), 2);
    QVERIFY(!view->table(CaseView::PartiesTab)->showsEmptyState());
    QCOMPARE(view->table(CaseView::TimelineTab)->rowCount(), 1);
    // No documents for a new case: a sentence, not an empty grid.
    QVERIFY(view->table(CaseView::DocumentsTab)->showsEmptyState());
    QVERIFY(!view->table(CaseView::DocumentsTab)->emptyLabel()->text().isEmpty());
    QVERIFY(view->table(CaseView::HearingsTab)->showsEmptyState());
    QVERIFY(view->table(CaseView::EvidenceTab)->showsEmptyState());

    // Evidence imported elsewhere shows after F5.
    EvidenceRepository evidence(m_profile->database(), QStringLiteral("test"));
    EvidenceItem item;
    item.caseId = id.value();
    item.title = QStringLiteral("借条原件");
    item.submittedBy = kPartyName;
    item.description = QStringLiteral("证明借款事实");
    item.sha256 = QString(64, QLatin1Char('a'));
    item.pages = 2;
    // Null strings would bind as NULL against the NOT NULL columns.
    item.source = QStringLiteral("scanner");
    item.fileName = QStringLiteral("jietiao.pdf");
    item.mediaType = QStringLiteral("application/pdf");
    item.language = QStringLiteral("chi_sim");
    auto created = evidence.create(item);
    QVERIFY2(created.isOk(), qPrintable(created.error().message + created.error().detail));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(view->table(CaseView::EvidenceTab)->rowCount(), 1);
    QCOMPARE(view->table(CaseView::EvidenceTab)->table()->item(0, 1)->text(),
             QStringLiteral("借条原件"));
    m_window->caseList()->searchBox()->clear();
}

void TestMainWindow::editAndDeleteCanBeUndone()
{
    auto id = m_window->cases()->repository().idForNumber(kCaseNumber);
    QVERIFY(id.isOk());
    m_window->caseList()->searchBox()->setText(kCaseNumber);
    m_window->caseList()->applySearchNow();
    QVERIFY(m_window->caseList()->selectCase(id.value()));

    // Ctrl+E opens the dialog on the selected case.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->actions()->editCase->trigger();
    auto* dialog = m_window->findChild<CaseEditDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->record().caseNumber, kCaseNumber);
    dialog->findChild<ValidatedLineEdit*>(QStringLiteral("causeEdit"))
        ->setText(QStringLiteral("合同纠纷"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(m_window->cases()->load(id.value()).value().cause, QStringLiteral("合同纠纷"));

    QUndoStack* undo = m_window->cases()->undoStack();
    QVERIFY(undo->canUndo());
    m_window->actions()->undo->trigger();
    QCOMPARE(m_window->cases()->load(id.value()).value().cause, QStringLiteral("草场承包合同纠纷"));
    QCOMPARE(m_window->caseView()->record().cause, QStringLiteral("草场承包合同纠纷"));
    m_window->actions()->redo->trigger();
    QCOMPARE(m_window->cases()->load(id.value()).value().cause, QStringLiteral("合同纠纷"));
    m_window->actions()->undo->trigger();

    // Delete, then undo brings the case back with its parties.
    QVERIFY(m_window->cases()->removeCase(id.value()).isOk());
    QVERIFY(!m_window->cases()->repository().idForNumber(kCaseNumber).isOk());
    m_window->actions()->undo->trigger();
    auto back = m_window->cases()->repository().idForNumber(kCaseNumber);
    QVERIFY2(back.isOk(), qPrintable(back.errorMessage()));
    QCOMPARE(m_window->cases()->load(back.value()).value().parties.size(), 2);
    QVERIFY(m_window->messageBar()->text().isEmpty());
    m_window->caseList()->searchBox()->clear();
}

void TestMainWindow::listFetchesMoreRowsWhenScrolled()
{
    CaseListPanel* list = m_window->caseList();
    CaseListModel* model = list->model();
    model->setPageSize(40);
    model->refresh();
    QCOMPARE(model->fetchedCount(), 40);
    QVERIFY(model->totalCount() > 200);
    QVERIFY(model->canFetchMore({}));

    QScrollBar* bar = list->view()->verticalScrollBar();
    for (int i = 0; i < 3; ++i) {
        const int fetched = model->fetchedCount();
        // The scroll bar range follows the new rows after the next layout pass.
        QTRY_VERIFY((bar->setValue(bar->maximum()), model->fetchedCount() > fetched));
    }
    // Every row is distinct: pages continue where the previous one ended.
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->caseIdAt(row));
    QCOMPARE(ids.size(), model->rowCount());
}

void TestMainWindow::sortingByHeaderRequeries()
{
    CaseListPanel* list = m_window->caseList();
    CaseListModel* model = list->model();
    QHeaderView* header = list->view()->horizontalHeader();
    // Case numbers sort by value (…民初45号 before …民初123号), through their collation keys.
    const auto numberKeys = [model]() {
        QVector<QByteArray> keys;
        for (int row = 0; row < qMin(model->rowCount(), 50); ++row)
            keys << SortKeys::key(model->index(row, CaseListModel::NumberColumn).data().toString());
        return keys;
    };
    header->setSortIndicator(CaseListModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), int(CaseListModel::NumberColumn));
    QVector<QByteArray> keys = numberKeys();
    QVERIFY(keys.size() >= 2);
    QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    // To look at: the list by case number.
    QVERIFY(m_window->grab().save(
        QDir(outputDir()).filePath(QStringLiteral("mainwindow-by-number.png"))));
    header->setSortIndicator(CaseListModel::NumberColumn, Qt::DescendingOrder);
    keys = numberKeys();
    QVERIFY(std::is_sorted(keys.crbegin(), keys.crend()));

    // Parties sort in the store too (pinyin order of the digest).
    header->setSortIndicator(CaseListModel::PartiesColumn, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), int(CaseListModel::PartiesColumn));

    header->setSortIndicator(CaseListModel::TimeLimitColumn, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), int(CaseListModel::TimeLimitColumn));
}

void TestMainWindow::windowStateRoundTrip()
{
    m_window->resize(1111, 777);
    QHeaderView* header = m_window->caseList()->view()->horizontalHeader();
    header->resizeSection(CaseListModel::CauseColumn, 233);
    header->setSortIndicator(CaseListModel::JudgeColumn, Qt::AscendingOrder);
    m_window->close();
    m_window.reset();

    openWindow(false);
    QCOMPARE(m_window->size(), QSize(1111, 777));
    header = m_window->caseList()->view()->horizontalHeader();
    QCOMPARE(header->sectionSize(CaseListModel::CauseColumn), 233);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::JudgeColumn));
    QCOMPARE(m_window->caseList()->model()->sortColumn(), int(CaseListModel::JudgeColumn));
    QVERIFY(!m_profile->settings().value(SettingsKeys::mainWindowGeometry).isEmpty());
    QVERIFY(!m_profile->settings().value(SettingsKeys::caseListHeader).isEmpty());

    // Back to the defaults for the screenshots.
    m_profile->settings().setValue(SettingsKeys::caseListHeader, QByteArray());
    m_profile->settings().setValue(SettingsKeys::mainWindowSplitter, QByteArray());
    m_window->setSaveStateOnClose(false);
}

void TestMainWindow::screenshots()
{
    auto id = m_window->cases()->repository().idForNumber(kCaseNumber);
    QVERIFY(id.isOk());
    // Put the new case among the demo cases, selected.
    m_window->caseList()->view()->horizontalHeader()->setSortIndicator(CaseListModel::FiledColumn,
                                                                       Qt::DescendingOrder);
    if (!m_window->caseList()->selectCase(id.value())) {
        m_window->caseList()->searchBox()->setText(kPartyName.right(2));
        m_window->caseList()->applySearchNow();
        QVERIFY(m_window->caseList()->selectCase(id.value()));
    }
    m_window->caseView()->setCurrentTab(CaseView::OverviewTab);
    const QString dir = outputDir();

    const struct
    {
        const char* language;
        const char* file;
    } shots[] = {
        {"zh_CN", "mainwindow.png"}, {"en", "mainwindow-en.png"}, {"bo", "mainwindow-bo.png"}};
    for (const auto& shot : shots) {
        m_languages->apply(QLatin1String(shot.language));
        // Language and font changes relayout through posted events; let them all run.
        QTest::qWait(200);
        const QImage image = m_window->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QDir(dir).filePath(QLatin1String(shot.file))));
    }
    m_window->caseView()->setCurrentTab(CaseView::PartiesTab);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-bo-parties.png"))));

    m_languages->apply(QStringLiteral("zh_CN"));
    QTest::qWait(200);
    m_window->caseView()->setCurrentTab(CaseView::TimelineTab);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-timeline.png"))));

    // A demo case has document records: the documents tab lists them.
    m_window->caseList()->view()->setCurrentIndex(
        m_window->caseList()->model()->index(0, CaseListModel::NumberColumn));
    m_window->caseView()->setCurrentTab(CaseView::DocumentsTab);
    QVERIFY(!m_window->caseView()->table(CaseView::DocumentsTab)->showsEmptyState());
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-documents.png"))));

    CaseEditDialog* dialog = openNewCaseDialog();
    QVERIFY(dialog);
    typeText(dialog->findChild<ValidatedLineEdit*>(QStringLiteral("caseNumberEdit"))->lineEdit(),
             QStringLiteral("(2024)甘0102民"));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("newcase-dialog.png"))));
    dialog->findChild<QTabWidget*>(QStringLiteral("caseEditTabs"))->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPartyButton")),
                      Qt::LeftButton);
    typeText(dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyNameEdit"))->lineEdit(),
             QStringLiteral("张三"));
    typeText(dialog->findChild<ValidatedLineEdit*>(QStringLiteral("partyIdEdit"))->lineEdit(),
             QStringLiteral("62300119850612"));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("newcase-parties.png"))));
    dialog->findChild<QTabWidget*>(QStringLiteral("caseEditTabs"))->setCurrentIndex(2);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addEventButton")),
                      Qt::LeftButton);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("eventTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("suspension")));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("newcase-timeline.png"))));
    dialog->reject();
}

void TestMainWindow::settingsSwitchLanguageLive()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->actions()->settings->trigger();
    auto* dialog = m_window->findChild<SettingsDialog*>();
    QVERIFY(dialog);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(QDir(outputDir()).filePath(QStringLiteral("settings.png"))));
    dialog->accept();

    QCOMPARE(m_profile->settings().value(SettingsKeys::language), QStringLiteral("en"));
    QCOMPARE(m_languages->current(), QStringLiteral("en"));
    QTRY_COMPARE(m_window->actions()->find->text(), QStringLiteral("&Find Cases"));
    QTRY_COMPARE(
        m_window->caseList()->model()->headerData(CaseListModel::NumberColumn, Qt::Horizontal),
        QVariant(QStringLiteral("Case number")));

    m_profile->settings().setValue(SettingsKeys::language, QStringLiteral("zh_CN"));
    m_languages->apply(QStringLiteral("zh_CN"));
    QTRY_COMPARE(m_window->actions()->find->text(), QStringLiteral("查找案件(&F)"));
}

void TestMainWindow::demoDataFillsAnEmptyProfile()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    QVERIFY(profile.isOk());
    MainWindow window(*profile.value(), nullptr);
    window.show();
    QCOMPARE(window.caseList()->model()->totalCount(), 0);
    QVERIFY(window.caseList()->view()->emptyText().contains(QStringLiteral("Ctrl+N")));

    DemoDataOffer offer(&window, *profile.value());
    QVERIFY(offer.isDue(0));
    QSignalSpy finished(&offer, &DemoDataOffer::finished);
    offer.generate(45);
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("progressDialog"));
    QVERIFY(progress && progress->isVisible());
    QVERIFY(
        progress->grab().save(QDir(outputDir()).filePath(QStringLiteral("demodata-progress.png"))));
    // The worker thread writes while the GUI thread keeps running its event loop.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(0).toInt(), 45);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    window.refresh();
    QCOMPARE(window.caseList()->model()->totalCount(), 45);
    // The overview shares its tab with similar cases; it must not vanish behind them.
    window.caseList()->selectCase(window.caseList()->model()->caseIdAt(0));
    auto* overview = window.findChild<QWidget*>(QStringLiteral("overviewTab"));
    QVERIFY(overview);
    QTRY_VERIFY(overview->isVisible() && overview->height() > 100);
    window.setSaveStateOnClose(false);
}

void TestMainWindow::backupWritesAFile()
{
    QTemporaryDir out;
    const QString file = QDir(out.path()).filePath(QStringLiteral("desk.cdbackup"));
    bool done = false;
    QString error;
    BackupController::runBackup(m_window.get(), m_profile->dir(), file,
                                [&](const Result<BackupSummary>& result) {
                                    done = true;
                                    error = result.errorMessage();
                                });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(file).size() > 0);
    auto verified = Backup::verify(file);
    QVERIFY2(verified.isOk(), qPrintable(verified.errorMessage()));
}

void TestMainWindow::restoreReplacesProfileAndReopens()
{
    QTemporaryDir root;
    const QString profileDir = QDir(root.path()).filePath(QStringLiteral("desk"));
    const QString backupFile = QDir(root.path()).filePath(QStringLiteral("desk.cdbackup"));
    StartupOptions options;
    options.profileDir = profileDir;
    options.noDemoPrompt = true;
    Session session(*m_languages, options);
    QVERIFY(session.start());
    DemoOptions demo;
    demo.cases = 12;
    QVERIFY(DemoData::generate(session.profile()->database(), demo).isOk());

    bool done = false;
    BackupController::runBackup(session.window(), profileDir, backupFile,
                                [&](const Result<BackupSummary>& r) { done = r.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);

    // A case filed after the backup disappears when the backup is restored.
    demo.cases = 3;
    QVERIFY(DemoData::generate(session.profile()->database(), demo).isOk());
    session.window()->refresh();
    QCOMPARE(session.window()->caseList()->model()->totalCount(), 15);

    QSignalSpy replaced(&session, &Session::windowReplaced);
    emit session.window()->restoreRequested(backupFile);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 60000);
    MainWindow* window = session.window();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->caseList()->model()->totalCount(), 12);
    QVERIFY2(window->messageBar()->kind() == MessageBar::Kind::Information,
             qPrintable(window->messageBar()->text()));
    QVERIFY(!window->messageBar()->text().isEmpty());
    QCOMPARE(session.profile()->dir(), QDir(profileDir).absolutePath());
    window->setSaveStateOnClose(false);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
