#include "hearingmenu.h"

#include "batchbookingdialog.h"
#include "bookingdialog.h"
#include "calendarview.h"
#include "cases/caserepository.h"
#include "common/settings.h"
#include "courtroomsdialog.h"
#include "drafting/drafteditor.h"
#include "drafting/draftingservices.h"
#include "hearing/hearingnotice.h"
#include "hearing/hearingpage.h"
#include "hearing/hearingrepository.h"
#include "hearing/hearingsession.h"
#include "hearing/serverhearingbackend.h"
#include "hearingwindow.h"
#include "storage/profile.h"

#include <QDir>
#include <QFile>

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

HearingMenu::HearingMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                         std::function<qint64()> currentCase, std::function<void(qint64)> openCase,
                         DraftingServices* drafting)
    : QMenu(bar), m_profile(profile), m_window(window), m_currentCase(std::move(currentCase)),
      m_openCase(std::move(openCase)), m_drafting(drafting), m_calendar(addAction(QString())),
      m_book(addAction(QString())), m_batch(addAction(QString())), m_rooms(nullptr),
      m_notice(nullptr), m_internet(nullptr)
{
    setObjectName(QStringLiteral("hearingMenu"));
    m_notice = addAction(QString());
    m_internet = addAction(QString());
    addSeparator();
    m_rooms = addAction(QString());
    m_calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_book->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    connect(m_calendar, &QAction::triggered, this, [this] { openCalendar(); });
    connect(m_book, &QAction::triggered, this, &HearingMenu::bookCurrentCase);
    connect(m_batch, &QAction::triggered, this, &HearingMenu::openBatch);
    connect(m_rooms, &QAction::triggered, this, &HearingMenu::openCourtrooms);
    connect(m_notice, &QAction::triggered, this, &HearingMenu::noticeForCurrentCase);
    connect(m_internet, &QAction::triggered, this, &HearingMenu::startInternetHearing);
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool hasCase = m_currentCase && m_currentCase() != 0;
        m_book->setEnabled(hasCase);
        m_notice->setEnabled(hasCase && m_drafting);
        m_internet->setEnabled(hasCase);
    });
    retranslateUi();
}

CalendarView* HearingMenu::openCalendar()
{
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Hearing Calendar"));
    d->resize(1100, 720);
    auto* view = new CalendarView(m_profile.database(), d);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(view);
    connect(view, &CalendarView::caseRequested, this, [this](qint64 id) {
        if (m_openCase)
            m_openCase(id);
    });
    connect(view, &CalendarView::bookingActivated, d, [this, view](const Booking& b) {
        BookingDialog dialog(m_profile.database(), m_profile.actor(), b, view);
        if (dialog.exec() == QDialog::Accepted)
            view->reload();
    });
    connect(view, &CalendarView::errorOccurred, d,
            [d](const QString& m) { QMessageBox::warning(d, tr("Hearing Calendar"), m); });
    d->show();
    return view;
}

void HearingMenu::bookCurrentCase()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id)
        return;
    Booking b;
    b.caseId = id;
    BookingDialog d(m_profile.database(), m_profile.actor(), b, m_window);
    d.exec();
}

void HearingMenu::openBatch()
{
    BatchBookingDialog d(m_profile.database(), m_profile.actor(), m_window);
    if (m_currentCase && m_currentCase())
        d.checkCases({m_currentCase()});
    d.exec();
}

void HearingMenu::openCourtrooms()
{
    CourtroomsDialog d(m_profile.database(), m_profile.actor(), m_window);
    d.exec();
}

void HearingMenu::noticeForCurrentCase()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id || !m_drafting)
        return;
    auto list = HearingRepository(m_profile.database(), m_profile.actor()).bookingsForCase(id);
    if (!list) {
        QMessageBox::warning(m_window, tr("Hearing Notice"), list.errorMessage());
        return;
    }
    QVector<Booking> upcoming;
    for (const Booking& b : list.value()) {
        if (b.status == QLatin1String("scheduled") && b.endsAt >= QDateTime::currentDateTime())
            upcoming << b;
    }
    if (upcoming.isEmpty()) {
        QMessageBox::information(
            m_window, tr("Hearing Notice"),
            tr("This case has no upcoming sitting. Book one first (Ctrl+Shift+B)."));
        return;
    }
    QStringList labels;
    for (const Booking& b : std::as_const(upcoming))
        labels << QStringLiteral("%1 %2 %3")
                      .arg(b.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.roomName,
                           HearingVocabulary::purposeLabel(b.purpose));
    const QStringList ids = HearingNotice::templateIds(m_drafting->templates());
    QStringList templates;
    for (const QString& t : ids) {
        const auto* tpl = m_drafting->templates().find(t);
        templates << (tpl ? tpl->meta.title : t);
    }
    bool ok = false;
    const QString sitting = labels.size() == 1
                                ? labels.first()
                                : QInputDialog::getItem(m_window, tr("Hearing Notice"),
                                                        tr("Sitting:"), labels, 0, false, &ok);
    if (labels.size() > 1 && !ok)
        return;
    const QString chosen = QInputDialog::getItem(m_window, tr("Hearing Notice"), tr("Document:"),
                                                 templates, 0, false, &ok);
    if (!ok)
        return;
    const Booking b = upcoming.at(labels.indexOf(sitting));
    const QString templateId = ids.at(templates.indexOf(chosen));
    auto doc = HearingNotice::draft(m_profile.database(), m_drafting->templates(),
                                    m_drafting->statutes(), b, templateId, QDate::currentDate());
    QString error;
    DraftEditor* editor =
        doc ? DraftEditor::createFromDocument(*m_drafting, doc.value(), m_window, &error) : nullptr;
    if (!editor) {
        QMessageBox::warning(m_window, tr("Hearing Notice"), doc ? error : doc.errorMessage());
        return;
    }
    editor->setWindowFlag(Qt::Window);
    editor->show();
}

namespace {

// The parties' invitations, one a line, selectable and copyable for the clerk to send.
void showInvitations(QWidget* parent, const QStringList& lines)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("hearingInvitations"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HearingMenu::tr("Hearing Invitations"));
    auto* text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
    text->setReadOnly(true);
    text->setObjectName(QStringLiteral("invitationsText"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* copy = buttons->addButton(HearingMenu::tr("Copy All"), QDialogButtonBox::ActionRole);
    QObject::connect(copy, &QPushButton::clicked, text,
                     [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(HearingMenu::tr("Send each party its own address:"), dialog));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 240);
    dialog->show();
}

} // namespace

void HearingMenu::startInternetHearing()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id)
        return;
    auto record = CaseRepository(m_profile.database(), m_profile.actor()).load(id);
    if (!record) {
        QMessageBox::warning(m_window, tr("Internet Hearing"), record.errorMessage());
        return;
    }
    QVector<HearingParty> parties;
    for (const Party& p : record->parties)
        parties.append(HearingParty{QStringLiteral("p%1").arg(parties.size() + 1),
                                    CaseVocabulary::label(CaseVocabulary::partyRoles(), p.role) +
                                        QLatin1Char(' ') + p.name,
                                    {},
                                    false,
                                    {}});
    const Settings& settings = m_profile.settings();
    HearingRequest request;
    request.hearingId = HearingSession::randomToken();
    request.caseUuid = record->uuid;
    request.description = record->caseNumber;
    request.judgeName = record->judge;
    request.parties = parties;

    HearingBackend* backend = nullptr;
    QUrl api;
    QString recDir;
    const QString serverUrl = settings.value(SettingsKeys::syncServerUrl);
    if (!serverUrl.isEmpty()) {
        // The court's server runs the rooms: it holds the Janus admin key and room secrets.
        ServerAccount account;
        account.serverUrl = serverUrl;
        account.caFile = settings.value(SettingsKeys::syncCaFile);
        account.user = settings.value(SettingsKeys::syncUser);
        if (settings.value(SettingsKeys::syncRememberPassword))
            account.password = settings.value(SettingsKeys::syncPassword);
        if (account.password.isEmpty()) {
            bool ok = false;
            account.password =
                QInputDialog::getText(m_window, tr("Internet Hearing"),
                                      tr("Password of %1 on the court's server:").arg(account.user),
                                      QLineEdit::Password, QString(), &ok);
            if (!ok)
                return;
        }
        backend = new ServerHearingBackend(account);
    } else {
        const QString dir = settings.value(SettingsKeys::hearingJanusDir);
        QFile env(QDir(dir).filePath(QStringLiteral("secrets.env")));
        QHash<QString, QString> vars;
        if (env.open(QIODevice::ReadOnly))
            for (const QByteArray& line : env.readAll().split('\n'))
                if (const int eq = line.indexOf('='); eq > 0)
                    vars.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)));
        if (vars.value(QStringLiteral("JANUS_ADMIN_KEY")).isEmpty()) {
            QMessageBox::warning(
                m_window, tr("Internet Hearing"),
                tr("No hearing media server is configured: %1 does not exist. Start one with "
                   "courtdesk-janus --dir %2 --rec-dir FOLDER (see docs/hearings.md).")
                    .arg(env.fileName(), dir));
            return;
        }
        api = QUrl(vars.value(QStringLiteral("JANUS_URL")));
        recDir = vars.value(QStringLiteral("JANUS_REC_DIR"));
        auto* control = new JanusControl(api, vars.value(QStringLiteral("JANUS_ADMIN_KEY")));
        backend = new DirectHearingBackend(*control);
        control->setParent(backend);
    }
    request.recDir = recDir;
    auto* session = new HearingSession(*backend, backend);
    auto* window = new HearingWindow(*session, api, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    backend->setParent(window);
    // The recording is on the Janus host: the desk converts it only when that is this host.
    if (!recDir.isEmpty())
        window->setRecording(
            m_profile.database(), m_profile.actor(), record->uuid, record->caseNumber, recDir,
            QDir(m_profile.dir()).filePath(QStringLiteral("hearings/") + record->uuid));
    // Without drafting services (tests) the transcript lives in its journal only.
    window->setTranscriptCase(record.value(), m_drafting ? m_drafting->store() : nullptr,
                              m_profile.actor());
    const QString pageBase = settings.value(SettingsKeys::hearingPartyPage);
    connect(session, &HearingSession::started, window, [this, window, session, pageBase] {
        if (auto r = window->open(); !r) {
            QMessageBox::warning(window, tr("Internet Hearing"), r.errorMessage());
            return;
        }
        // The invitations for the clerk to send: the server's party URLs, or our own page's.
        QStringList lines;
        for (const HearingParty& p : session->parties()) {
            QUrl url = p.url;
            if (url.isEmpty()) {
                HearingPageParams pp;
                pp.janus = session->janusUrl();
                pp.room = session->room();
                pp.lobby = session->lobby();
                pp.token = p.token;
                pp.key = p.key;
                pp.name = p.name;
                url = HearingPage::url(
                    QUrl(pageBase.isEmpty() ? QStringLiteral("hearing.html") : pageBase), pp);
            }
            lines << p.name + QStringLiteral(": ") + url.toString();
        }
        window->setProperty("invitations", lines.join(QLatin1Char('\n')));
        if (!lines.isEmpty())
            showInvitations(window, lines);
    });
    connect(session, &HearingSession::failed, window, [window](const Error& e) {
        if (!window->isVisible())
            QMessageBox::warning(nullptr, tr("Internet Hearing"), e.message);
    });
    window->show();
    session->start(request);
}

void HearingMenu::retranslateUi()
{
    setTitle(tr("Hea&rings"));
    m_calendar->setText(tr("Hearing &Calendar"));
    m_book->setText(tr("&Book a Sitting for This Case…"));
    m_batch->setText(tr("B&atch Booking…"));
    m_notice->setText(tr("Hearing &Notice for This Case…"));
    m_rooms->setText(tr("Court&rooms…"));
    m_internet->setText(tr("Start &Internet Hearing for This Case…"));
}

void HearingMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace cd::ui
