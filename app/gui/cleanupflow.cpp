#include "gui/cleanupflow.h"

#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupplanner.h"
#include "cleanupconfirmdialog.h"
#include "cleanupprogressview.h"
#include "inventory/inventorymodel.h"
#include "mainwindow.h"
#include "util/background.h"
#include "util/format.h"
#include "util/logging.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

#include <memory>

namespace PartSweep {

CleanupFlow::CleanupFlow(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(window, &MainWindow::abortRequested, this, &CleanupFlow::confirmAndStart);
    connect(window, &MainWindow::connectionOpened, this, &CleanupFlow::offerResume);
}

void CleanupFlow::confirmAndStart(const QList<CleanupTarget> &targets)
{
    if (!m_window || !m_window->client() || targets.isEmpty())
        return;
    const S3ClientConfig config = m_window->client()->config();
    CleanupOptions defaults;
    defaults.requestPayer = config.requestPayer;
    defaults.expectedBucketOwner = config.expectedBucketOwner;
    defaults.concurrency = std::clamp(config.concurrency, 1, 64);
    auto *dialog = new CleanupConfirmDialog(targets, defaults, m_window->client()->serverNow(), m_window);
    dialog->setCostModel(m_window->costModel());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop while scans and jobs run.
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets, config] {
        CleanupOptions options = dialog->options();
        options.endpoint = config.endpoint.toString();
        options.region = config.region;
        // The uploads are made into the job's items on a worker (a million take a second), then
        // the job and its view come at once; the job starts when its journal is on disk.
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("Preparing the cleanup of %Ln upload(s)…", nullptr, int(targets.size())));
        runInBackground<std::vector<CleanupItem>>(
            this, [targets] { return CleanupJob::itemsFor(targets); },
            [this, config, options](std::vector<CleanupItem> items) { startJob(config, options, std::move(items)); });
    });
    dialog->open();
}

void CleanupFlow::startJob(const S3ClientConfig &config, const CleanupOptions &options, std::vector<CleanupItem> items)
{
    if (m_window)
        m_window->statusBar()->clearMessage();
    auto *job = new CleanupJob(config, options, std::move(items), this);
    if (m_window && m_window->client() && m_window->client()->serverClockOffsetMs())
        job->setServerClockOffsetMs(*m_window->client()->serverClockOffsetMs());
    // The view shows at once; the job starts when its journal is on disk (seconds for a million
    // uploads, written on a worker thread).
    CleanupProgressView *view = run(job);
    view->setWritingJournal(true);
    const QPointer<CleanupProgressView> watched(view);
    job->openJournalInBackground([this, job, watched](const Result<Unit> &journal) {
        if (watched)
            watched->setWritingJournal(false);
        if (!journal) {
            if (journal.error().kind == S3Error::Kind::Cancelled)
                return; // closed or cancelled meanwhile: the view says so, if it is still there
            showError(
                tr("Cannot start the cleanup"),
                tr("The journal could not be created, so nothing was sent.\n\n%1").arg(journal.error().toString()));
            if (watched)
                watched->close();
            return;
        }
        job->start();
    });
}

void CleanupFlow::showError(const QString &title, const QString &text)
{
    // open(), not exec(): jobs may be running.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

CleanupProgressView *CleanupFlow::run(CleanupJob *job)
{
    auto *view = new CleanupProgressView(job, m_window);
    if (m_window)
        view->setCostModel(m_window->costModel());
    // Which uploads the inventory shows in a state other than pending (a cancel of a million
    // queued ones need not look up a row for each).
    auto shown = std::make_shared<std::vector<bool>>(size_t(job->count()));
    connect(job, &CleanupJob::progressed, this,
            [this, job, shown](const QList<int> &changed) { followInInventory(job, changed, *shown); });
    connect(view, &CleanupProgressView::jobFinished, this, [this, job, view](const QString &outcome) {
        QApplication::alert(view);
        // The window says it too, where the user looks after closing the progress view.
        if (m_window)
            m_window->statusBar()->showMessage(job->options().dryRun ? outcome
                                                                     : tr("Cleanup finished: %1").arg(outcome));
        notify(job->options().dryRun ? tr("PartSweep dry run finished") : tr("PartSweep cleanup finished"), outcome);
    });
    connect(view, &CleanupProgressView::retryRequested, this, &CleanupFlow::confirmAndStart);
    connect(view, &CleanupProgressView::resumeRequested, this, [this, job, view] { resumePaused(job, view); });
    // Someone is watching: an outage or expired credentials pause the job instead of stopping it.
    job->setOutageHandling(CleanupJob::OutageHandling::Pause);
    // The job lives as long as its view (closing the view cancels a running job first).
    connect(view, &QObject::destroyed, job, [job] {
        if (!job->isFinished())
            job->cancel();
        job->deleteLater();
    });
    view->show();
    return view;
}

void CleanupFlow::resumePaused(CleanupJob *job, CleanupProgressView *view)
{
    if (!job->isPaused())
        return;
    if (job->pauseInfo()->cause != CleanupJob::PauseCause::CredentialsExpired || !m_renewCredentials)
        return job->resume();
    const QPointer<CleanupProgressView> watched(view);
    m_renewCredentials(job, [job, watched](Result<S3ClientConfig> renewed) {
        auto note = [watched](const QString &text) {
            if (watched)
                watched->setPauseNote(text);
        };
        if (!renewed)
            return note(tr("The credentials could not be read again: %1").arg(renewed.error().toString()));
        if (renewed->endpoint != job->client()->config().endpoint)
            return note(tr("The connection now points to %1, not to the service of this job (%2): reconnect to it "
                           "to resume.")
                            .arg(renewed->endpoint.toString(), job->client()->config().endpoint.toString()));
        std::shared_ptr<CredentialsProvider> provider = renewed->credentialsProvider;
        if (!provider)
            provider = std::make_shared<StaticCredentialsProvider>(renewed->credentials);
        job->client()->pipeline()->setCredentialsProvider(std::move(provider));
        job->resume();
    });
}

void CleanupFlow::followInInventory(CleanupJob *job, const QList<int> &changed, std::vector<bool> &shown)
{
    if (!m_window || job->options().dryRun)
        return;
    InventoryModel *model = m_window->inventory();
    const std::vector<CleanupItem> &items = job->items();
    for (const int i : changed) {
        if (i < 0 || size_t(i) >= items.size() || size_t(i) >= shown.size())
            continue;
        const CleanupItem &item = items[size_t(i)];
        InventoryModel::UploadState state = InventoryModel::UploadState::Pending;
        QString message;
        switch (item.state) {
        case CleanupState::Aborting:
        case CleanupState::Verifying:
        case CleanupState::BackingOff:
            state = InventoryModel::UploadState::Aborting;
            break;
        case CleanupState::Verified:
            state = InventoryModel::UploadState::Verified;
            break;
        case CleanupState::Aborted: // accepted; never called verified without the proof
            state = InventoryModel::UploadState::AbortedUnverified;
            break;
        case CleanupState::Failed:
        case CleanupState::CancelledUnverified:
            state = InventoryModel::UploadState::Failed;
            message = item.reason.isEmpty() ? stateText(item.state) : item.reason;
            break;
        default:
            break;
        }
        const bool pending = state == InventoryModel::UploadState::Pending;
        if (pending && !shown[size_t(i)])
            continue; // the row shows it already
        shown[size_t(i)] = !pending;
        model->setUploadState(item.target.upload.bucket, item.target.upload.uploadId, state, message);
    }
}

void CleanupFlow::offerResume()
{
    if (m_resumeOffered || !m_window || !m_window->client())
        return;
    m_resumeOffered = true;
    // Off the GUI thread: the journals' directory may hold many, and a killed job's journal is
    // replayed in full (a million uploads: seconds).
    runInBackground<QList<JournalSummary>>(
        this, [] { return CleanupJournal::listUnfinished(); },
        [this](const QList<JournalSummary> &unfinished) {
            if (!unfinished.isEmpty())
                askToResume(unfinished.first());
        });
}

void CleanupFlow::askToResume(const JournalSummary &journal)
{
    if (!m_window || !m_window->client())
        return;
    const QLocale locale;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Resume an unfinished cleanup?"),
                        tr("Cleanup %1 (started %2 on %3) did not finish: %4 of its %5 uploads are not done.\n\n"
                           "Resuming aborts (again) every upload not done and verifies each. It uses the current "
                           "connection, which must be to the same service.")
                            .arg(journal.jobId, Format::timestamp(journal.created),
                                 journal.options.endpoint.isEmpty() ? tr("AWS") : journal.options.endpoint,
                                 locale.toString(journal.notDone), locale.toString(journal.uploads)),
                        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resumeOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setToolTip(tr("Marks the journal abandoned; it stays on disk for reports."));
    // open(), not exec(): the scan of the new connection runs meanwhile, and a nested event loop
    // would run it under this question.
    connect(box, &QMessageBox::buttonClicked, this,
            [this, path = journal.path, resume, discard](QAbstractButton *clicked) {
                if (clicked == discard) {
                    const Result<Unit> marked = CleanupJournal::markAbandoned(path);
                    if (!marked)
                        showError(tr("Discard"), marked.error().toString());
                } else if (clicked == resume) {
                    // The uploads are read back off the GUI thread too.
                    runInBackground<Result<JournalData>>(
                        this, [path] { return CleanupJournal::load(path); },
                        [this](Result<JournalData> journal) {
                            if (!journal)
                                return showError(tr("Cannot resume"), journal.error().toString());
                            resumeJob(std::move(journal).value());
                        });
                }
            });
    box->open();
}

void CleanupFlow::resumeJob(JournalData journal)
{
    if (!m_window || !m_window->client())
        return;
    const S3ClientConfig config = m_window->client()->config();
    CleanupPlanner::ResumeRequest request;
    request.endpoint = config.endpoint.toString();
    const Result<CleanupOptions> options = CleanupPlanner::resumeOptions(journal, request);
    if (!options)
        return showError(tr("Cannot resume here"), options.error().toString());
    const QString path = journal.path;
    auto *job = new CleanupJob(config, std::move(journal), this);
    const Result<Unit> opened = job->openJournal(path);
    if (!opened) {
        showError(tr("Cannot resume"), opened.error().toString());
        job->deleteLater();
        return;
    }
    run(job);
    job->start();
}

// The freedesktop notification service; where there is none (Windows, macOS, a bare X server)
// the window alert above is what the user gets.
void CleanupFlow::notify(const QString &title, const QString &body)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    message << QCoreApplication::applicationName() << uint(0) << QStringLiteral("io.github.partsweep.PartSweep")
            << title << body << QStringList() << QVariantMap() << int(-1);
    if (!QDBusConnection::sessionBus().isConnected() || !QDBusConnection::sessionBus().send(message))
        qCInfo(lcApp, "no desktop notification service: %s", qUtf8Printable(body));
}

} // namespace PartSweep
