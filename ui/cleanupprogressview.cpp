#include "cleanupprogressview.h"

#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupmodel.h"
#include "cleanup/cleanupreport.h"
#include "util/background.h"
#include "util/format.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <optional>

namespace PartSweep {

namespace {

// Sizes are known only for uploads whose parts were listed: unknown is never shown as 0 B.
QString freedText(const CleanupJob::Totals &t)
{
    return Format::partialSum(double(t.bytesFreed), Format::bytes(t.bytesFreed), t.verified - t.verifiedUnmeasured,
                              t.verified);
}

bool isFailure(CleanupState state)
{
    return state == CleanupState::Failed || state == CleanupState::CancelledUnverified;
}

// Icons for states; filter to failures.
class CleanupProxy final : public QSortFilterProxyModel
{
public:
    explicit CleanupProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(CleanupModel::SortRole);
        setDynamicSortFilter(false); // states change in bursts; the view re-filters on demand
    }

    void setFailuresOnly(bool on)
    {
        m_failuresOnly = on;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == CleanupModel::StateColumn)
            return cachedIconFor(index.data(CleanupModel::StateRole).value<CleanupState>());
        if (role == Qt::ForegroundRole && index.column() == CleanupModel::StateColumn &&
            isFailure(index.data(CleanupModel::StateRole).value<CleanupState>()))
            return QApplication::palette().color(QPalette::LinkVisited);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_failuresOnly)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return isFailure(index.data(CleanupModel::StateRole).value<CleanupState>());
    }

private:
    // The style makes a new icon on each call (Fusion reads its image files again): once per
    // state here, or every row painted while a job runs pays for it.
    QVariant cachedIconFor(CleanupState state) const
    {
        const auto slot = size_t(state);
        if (slot >= m_icons.size())
            return iconFor(state);
        if (!m_icons[slot])
            m_icons[slot] = iconFor(state);
        return *m_icons[slot];
    }

    static QVariant iconFor(CleanupState state)
    {
        QStyle *style = QApplication::style();
        switch (state) {
        case CleanupState::Verified:
        case CleanupState::WouldAbort:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case CleanupState::Aborted:
            return style->standardIcon(QStyle::SP_DialogOkButton);
        case CleanupState::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case CleanupState::CancelledUnverified:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case CleanupState::Aborting:
        case CleanupState::Verifying:
        case CleanupState::Inspecting:
            return style->standardIcon(QStyle::SP_BrowserReload);
        case CleanupState::BackingOff:
            return style->standardIcon(QStyle::SP_MediaPause);
        case CleanupState::Cancelled:
        case CleanupState::Excluded:
            return style->standardIcon(QStyle::SP_DialogCancelButton);
        case CleanupState::Queued:
            return {};
        }
        return {};
    }

    bool m_failuresOnly = false;
    mutable std::array<std::optional<QVariant>, 16> m_icons;
};

// The Aborts column as a bar: how many of the allowed aborts an upload has used.
class AbortsDelegate final : public QStyledItemDelegate
{
public:
    AbortsDelegate(int maxAborts, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_max(std::max(1, maxAborts))
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int aborts = index.data(CleanupModel::AbortsRole).toInt();
        if (aborts <= 0)
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = m_max;
        bar.progress = std::min(aborts, m_max);
        // Aborts sent; the bar shows how many of the allowed ones (an abort retried after a network
        // error is sent again without counting against the limit).
        bar.text = aborts > m_max ? QString::number(aborts) : QStringLiteral("%1/%2").arg(aborts).arg(m_max);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }

private:
    int m_max;
};

} // namespace

CleanupProgressView::CleanupProgressView(CleanupJob *job, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_job(job)
    , m_model(new CleanupModel(this))
    , m_proxy(new CleanupProxy(this))
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_failuresOnly(new QCheckBox(tr("Failures &only"), this))
    , m_cancel(new QPushButton(tr("&Cancel job"), this))
    , m_export(new QPushButton(tr("E&xport report…"), this))
    , m_retry(new QPushButton(tr("Retr&y failed…"), this))
    , m_outcome(new QLabel(this))
    , m_pauseBanner(new QFrame(this))
    , m_pauseText(new QLabel(m_pauseBanner))
    , m_pauseNote(new QLabel(m_pauseBanner))
    , m_resume(new QPushButton(tr("&Resume"), m_pauseBanner))
{
    setObjectName(QStringLiteral("cleanupProgressView"));
    setAttribute(Qt::WA_DeleteOnClose);
    const bool dryRun = job->options().dryRun;
    setWindowTitle(dryRun ? tr("Dry run %1").arg(job->jobId()) : tr("Cleanup %1").arg(job->jobId()));
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_title->setText(dryRun ? tr("Dry run: nothing is changed. %Ln upload(s) inspected.", nullptr, job->count())
                            : tr("Aborting %Ln upload(s), each verified with ListParts.", nullptr, job->count()));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_totals->setObjectName(QStringLiteral("progressTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_outcome->setObjectName(QStringLiteral("progressOutcome"));
    m_outcome->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, std::max(1, job->count()));
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_retry->setEnabled(false);

    m_model->setJob(job);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Uploads of this cleanup"));
    m_table->setAccessibleDescription(tr("One row per upload: its state, the aborts sent and the verification."));
    // The row height is set before the rows come: set afterwards, each of a million rows is touched.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setModel(m_proxy);
    // Unsorted from the start: setSortingEnabled() sorts by the header's indicator at once, which
    // is the first column unless told otherwise (0.36 s for 200,000 uploads, for nothing).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int x = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->horizontalHeader()->resizeSection(CleanupModel::KeyColumn, x * 36);
    m_table->horizontalHeader()->resizeSection(CleanupModel::StateColumn, x * 28);
    m_table->setItemDelegateForColumn(CleanupModel::AbortsColumn,
                                      new AbortsDelegate(job->options().maxAborts, m_table));

    // The pause banner: what the job waits for, and what the user can do about it.
    m_pauseBanner->setObjectName(QStringLiteral("pauseBanner"));
    m_pauseBanner->setFrameShape(QFrame::StyledPanel);
    m_pauseBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_pauseBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_pauseBanner->setPalette(bannerPalette);
    m_pauseText->setObjectName(QStringLiteral("pauseText"));
    m_pauseText->setWordWrap(true);
    m_pauseText->setTextFormat(Qt::PlainText);
    m_pauseText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pauseNote->setObjectName(QStringLiteral("pauseNote"));
    m_pauseNote->setWordWrap(true);
    m_pauseNote->setTextFormat(Qt::PlainText);
    m_pauseNote->hide();
    m_resume->setObjectName(QStringLiteral("resumeJob"));
    auto *icon = new QLabel(m_pauseBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *bannerText = new QVBoxLayout;
    bannerText->addWidget(m_pauseText);
    bannerText->addWidget(m_pauseNote);
    auto *bannerLayout = new QHBoxLayout(m_pauseBanner);
    bannerLayout->addWidget(icon);
    bannerLayout->addLayout(bannerText, 1);
    bannerLayout->addWidget(m_resume, 0, Qt::AlignTop);
    m_pauseBanner->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_failuresOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_totals);
    layout->addWidget(m_pauseBanner);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_outcome->hide();

    connect(m_failuresOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<CleanupProxy *>(m_proxy)->setFailuresOnly(on); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job && !m_job->isFinished()) {
            m_cancel->setEnabled(false);
            m_cancel->setText(tr("Cancelling…"));
            m_job->cancel();
        }
    });
    connect(m_export, &QPushButton::clicked, this, &CleanupProgressView::exportReport);
    connect(m_retry, &QPushButton::clicked, this, &CleanupProgressView::retryFailed);
    // Ctrl+W closes the window (asking first while the job runs), as Escape closes a dialog.
    auto *closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    connect(job, &CleanupJob::progressed, this, &CleanupProgressView::updateTotals);
    connect(job, &CleanupJob::finished, this, &CleanupProgressView::handleFinished);
    connect(job, &CleanupJob::paused, this, &CleanupProgressView::updatePause);
    connect(job, &CleanupJob::resumed, this, &CleanupProgressView::updatePause);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_pauseNote->hide();
        Q_EMIT resumeRequested();
    });
    updateTotals();
    resize(1100, 640);
}

CleanupProgressView::~CleanupProgressView() = default;

QString CleanupProgressView::outcomeText() const
{
    if (!m_job)
        return {};
    const CleanupJob::Totals t = m_job->totals();
    if (m_job->options().dryRun)
        return tr("Dry run: %Ln would be aborted (%1); nothing was changed", nullptr, t.wouldAbort)
            .arg(Format::bytes(t.bytesWouldFree));
    // "Verified" only with the proof: aborts accepted without verification are counted apart.
    // One sentence each, so that a translation never has to agree with the clause before.
    const int failed = t.failed + t.cancelledUnverified;
    QString text;
    if (m_cost.hasPrices() && t.bytesFreed > 0) {
        // Verified gone only: what is no longer billed.
        double saved = 0;
        for (const CleanupItem &item : m_job->items()) {
            if (item.state == CleanupState::Verified && item.target.size >= 0)
                saved += m_cost.monthly(item.target.size, item.target.upload.storageClass).value_or(0);
        }
        // Short enough for the status bar; where the price comes from is said in the confirmation.
        text = tr("%Ln verified, %1 failed, %2 freed (%3 a month saved).", nullptr, t.verified)
                   .arg(QLocale().toString(failed), freedText(t), formatMoneyEstimate(saved));
    } else {
        text =
            tr("%Ln verified, %1 failed, %2 freed.", nullptr, t.verified).arg(QLocale().toString(failed), freedText(t));
    }
    QStringList more;
    if (t.excluded > 0)
        more << tr("%Ln kept by the age guard.", nullptr, t.excluded);
    if (t.aborted > 0)
        more << tr("%Ln aborted without verification.", nullptr, t.aborted);
    if (t.cancelled > 0)
        more << tr("%Ln not started (cancelled).", nullptr, t.cancelled);
    if (t.chargedRequests > 0)
        more << tr("%Ln request(s) charged to you.", nullptr, int(t.chargedRequests));
    if (!m_job->stopReason().isEmpty())
        more << tr("Stopped early: %1").arg(m_job->stopReason());
    for (const QString &sentence : std::as_const(more))
        text += u' ' + sentence;
    return text;
}

void CleanupProgressView::updateTotals()
{
    if (!m_job)
        return;
    const CleanupJob::Totals t = m_job->totals();
    const QLocale locale;
    const int done = t.uploads - t.remaining;
    m_progress->setValue(done);
    QStringList parts;
    if (m_job->options().dryRun) {
        parts << tr("Would abort: %1 (%2)").arg(locale.toString(t.wouldAbort), Format::bytes(t.bytesWouldFree));
    } else {
        parts << tr("Verified: %1").arg(locale.toString(t.verified));
        if (t.aborted > 0)
            parts << tr("Aborted, not verified: %1").arg(locale.toString(t.aborted));
        parts << tr("Failed: %1").arg(locale.toString(t.failed));
        parts << tr("Freed: %1").arg(freedText(t));
    }
    parts << tr("Remaining: %1").arg(locale.toString(t.remaining));
    if (t.excluded > 0)
        parts << tr("Kept by the age guard: %1").arg(locale.toString(t.excluded));
    if (t.cancelled + t.cancelledUnverified > 0)
        parts << tr("Cancelled: %1").arg(locale.toString(t.cancelled + t.cancelledUnverified));
    parts << tr("Charged requests: %1").arg(locale.toString(t.chargedRequests));
    parts << tr("Requests: %1").arg(locale.toString(t.requestsSent));
    parts << tr("Rate: %1 uploads/s").arg(locale.toString(t.uploadsPerSecond, 'f', 1));
    if (t.etaSeconds >= 0 && t.remaining > 0)
        parts << tr("ETA: %1").arg(Format::age(t.etaSeconds));
    m_totals->setText(parts.join(QStringLiteral("   ·   ")));
    // The filter is not dynamic (states change in bursts): re-filter when the failures changed,
    // not on every tick over 100k rows.
    const int failures = t.failed + t.cancelledUnverified;
    if (m_failuresOnly->isChecked() && failures != m_failuresShown)
        static_cast<CleanupProxy *>(m_proxy)->setFailuresOnly(true);
    m_failuresShown = failures;
}

void CleanupProgressView::updatePause()
{
    const bool dryRun = m_job && m_job->options().dryRun;
    const QString title = dryRun ? tr("Dry run %1").arg(m_job ? m_job->jobId() : QString())
                                 : tr("Cleanup %1").arg(m_job ? m_job->jobId() : QString());
    if (!m_job || !m_job->isPaused()) {
        m_pauseBanner->hide();
        m_pauseNote->hide();
        setWindowTitle(title);
        return;
    }
    const CleanupJob::PauseInfo &pause = *m_job->pauseInfo();
    QString text;
    if (pause.cause == CleanupJob::PauseCause::CredentialsExpired) {
        text = tr("Waiting for credentials: %1\n\nNothing was failed or skipped. Renew the credentials (for example "
                  "run 'aws sso login', check your credential_process, or enter new keys for this connection), "
                  "then Resume: PartSweep reads them again. Cancel job keeps the journal, so the job can be "
                  "resumed later.")
                   .arg(pause.reason);
        m_resume->setText(tr("&Resume"));
    } else {
        text = tr("Waiting for the server: %1\n\nNothing was failed or skipped. PartSweep tries again by itself at "
                  "%2, one request first. Resume now to try at once; Cancel job keeps the journal, so the job can "
                  "be resumed later.")
                   .arg(pause.reason, QLocale().toString(pause.retryAt.toLocalTime().time(), QLocale::LongFormat));
        m_resume->setText(tr("&Resume now"));
    }
    m_pauseText->setText(text);
    m_pauseBanner->show();
    setWindowTitle(tr("%1 (paused)").arg(title));
    QApplication::alert(this);
}

void CleanupProgressView::setPauseNote(const QString &note)
{
    m_pauseNote->setText(note);
    m_pauseNote->setVisible(!note.isEmpty() && m_pauseBanner->isVisible());
}

void CleanupProgressView::handleFinished()
{
    updatePause();
    updateTotals();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Finished"));
    const CleanupJob::Totals t = m_job->totals();
    m_retry->setEnabled(!m_job->options().dryRun && t.failed + t.cancelledUnverified > 0);
    const QString outcome = outcomeText();
    // The outcome's sentences end with a full stop, except a dry run's and a stop reason's.
    m_outcome->setText(outcome + (outcome.endsWith(u'.') ? QString() : QStringLiteral(".")) +
                       (m_job->journal() ? u' ' + tr("Journal: %1").arg(m_job->journal()->path()) : QString()));
    m_outcome->show();
    Q_EMIT jobFinished(outcome);
}

void CleanupProgressView::setWritingJournal(bool writing)
{
    m_export->setEnabled(!writing);
    if (writing)
        m_totals->setText(tr("Writing the journal of %Ln upload(s); nothing is sent before it is on disk.", nullptr,
                             m_job ? m_job->count() : 0));
    else
        updateTotals();
}

void CleanupProgressView::exportReport()
{
    if (!m_job || m_exporting)
        return;
    if (!m_job->journal()) {
        warn(tr("Export report"), tr("This job has no journal to make a report from."));
        return;
    }
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + m_job->jobId() + u".csv";
    // open(), not getSaveFileName(): that runs a nested event loop, and the job under it.
    auto *dialog = new QFileDialog(this, tr("Export report"), suggested, tr("CSV (*.csv);;JSON (*.json)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Qt's own dialog (no native one) watches the folder with inotify; closing that watch when the
    // dialog goes waited 50 ms in the kernel on the GUI thread while the job ran. A save dialog
    // needs no live view of the folder.
    if (auto *files = dialog->findChild<QFileSystemModel *>())
        files->setOption(QFileSystemModel::DontWatchForChanges);
    connect(dialog, &QFileDialog::fileSelected, this, &CleanupProgressView::writeReport);
    dialog->open();
}

void CleanupProgressView::writeReport(const QString &path)
{
    if (!m_job || !m_job->journal() || path.isEmpty() || m_exporting)
        return;
    // What is buffered, so that the report is as of now: handed to the journal's writer here, and
    // waited for by the worker (an fdatasync while the disk is busy takes 100 ms and more).
    const CleanupJournal::Written written = m_job->journal()->syncInBackground();
    CleanupReport::Costs costs;
    if (m_cost.hasPrices())
        costs = {[cost = m_cost](const CleanupItem &item) {
                     return cost.monthly(item.target.size, item.target.upload.storageClass);
                 },
                 m_cost.describe()};
    // Reading back a journal of a million uploads and writing its report takes seconds: on a
    // worker thread, from copies only (the view may close meanwhile).
    m_exporting = true;
    m_export->setEnabled(false);
    m_export->setText(tr("Exporting…"));
    runInBackground<QString>(
        this,
        [journalPath = m_job->journal()->path(), path, costs, written] {
            written.wait();
            const Result<JournalData> journal = CleanupJournal::load(journalPath);
            if (!journal)
                return journal.error().toString();
            if (const Result<Unit> written = CleanupReport::write(journal.value(), path, costs); !written)
                return written.error().toString();
            return QString();
        },
        [this](const QString &error) {
            m_exporting = false;
            m_export->setText(tr("E&xport report…"));
            m_export->setEnabled(true);
            if (!error.isEmpty())
                warn(tr("Export report"), error);
            Q_EMIT reportExported(error);
        });
}

void CleanupProgressView::warn(const QString &title, const QString &text)
{
    // open(), not exec(): the job goes on meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CleanupProgressView::retryFailed()
{
    if (!m_job)
        return;
    QList<CleanupTarget> targets;
    for (const CleanupItem &item : m_job->items()) {
        if (isFailure(item.state))
            targets.append(item.target);
    }
    if (!targets.isEmpty())
        Q_EMIT retryRequested(targets);
}

void CleanupProgressView::closeEvent(QCloseEvent *event)
{
    if (m_job && m_job->isStarted() && !m_job->isFinished() && !m_closeConfirmed) {
        event->ignore();
        if (m_closeQuestion) {
            m_closeQuestion->raise();
            m_closeQuestion->activateWindow();
            return;
        }
        // open(), not exec(): the job goes on while the question waits, and a nested event loop
        // would run it (and whatever the window does) under this call.
        m_closeQuestion = new QMessageBox(
            QMessageBox::Question, tr("Cancel the cleanup?"),
            tr("The job is still running. Closing this window cancels it: requests in flight finish, nothing "
               "new is sent, and the journal records where every upload stands (it can be resumed)."),
            QMessageBox::Cancel | QMessageBox::Yes, this);
        m_closeQuestion->setObjectName(QStringLiteral("closeQuestion"));
        m_closeQuestion->setDefaultButton(QMessageBox::Cancel);
        m_closeQuestion->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_closeQuestion, &QMessageBox::finished, this, [this](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            if (m_job)
                m_job->cancel();
            m_closeConfirmed = true;
            close();
        });
        m_closeQuestion->open();
        return;
    }
    event->accept();
}

} // namespace PartSweep
