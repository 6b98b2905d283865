#include "lifecycledialog.h"

#include "lifecycle/lifecycleworker.h"
#include "s3/s3client.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace PartSweep {

namespace {

enum Column
{
    BucketColumn,
    ChangeColumn,
    StateColumn,
};

QString stateWords(LifecycleWorker::State state)
{
    using State = LifecycleWorker::State;
    switch (state) {
    case State::Pending:
        return LifecycleDialog::tr("reading…");
    case State::Read:
        return LifecycleDialog::tr("read");
    case State::NotSupported:
        return LifecycleDialog::tr("not supported");
    case State::Unreadable:
        return LifecycleDialog::tr("left alone: not understood completely");
    case State::Error:
        return LifecycleDialog::tr("error");
    case State::WouldAdd:
        return LifecycleDialog::tr("will get the rule");
    case State::Covered:
        return LifecycleDialog::tr("already covered");
    case State::Refused:
        return LifecycleDialog::tr("refused");
    case State::Changed:
        return LifecycleDialog::tr("changed meanwhile: left alone");
    case State::Verified:
        return LifecycleDialog::tr("verified");
    case State::Failed:
        return LifecycleDialog::tr("failed");
    case State::WouldRestore:
        return LifecycleDialog::tr("will be restored");
    case State::Restored:
        return LifecycleDialog::tr("restored");
    }
    return {};
}

} // namespace

LifecycleDialog::LifecycleDialog(S3Client *client, const QStringList &buckets, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_names(buckets)
    , m_worker(new LifecycleWorker(client, this))
    , m_journalDir(LifecycleJournal::defaultDirectory())
    , m_days(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_replan(new QTimer(this))
{
    setObjectName(QStringLiteral("lifecycleDialog"));
    setWindowTitle(tr("Add abort rule"));
    auto *intro = new QLabel(
        tr("PartSweep adds its own lifecycle rule to each bucket, so that multipart uploads left incomplete are "
           "aborted by the service after the days below. S3 replaces a bucket's whole configuration on each write: "
           "PartSweep reads it first and writes every existing rule back exactly as it was. Nothing is written "
           "until you confirm; each change is journaled and can be undone."),
        this);
    intro->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("abortRuleDays"));
    m_days->setRange(1, 36500);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days after initiation"));
    auto *daysLabel = new QLabel(tr("Abort incomplete uploads &after:"), this);
    daysLabel->setBuddy(m_days);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(daysLabel);
    daysRow->addWidget(m_days);
    daysRow->addStretch(1);

    m_table->setObjectName(QStringLiteral("abortRulePlan"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_table->setAccessibleName(tr("Buckets and their rule"));
    m_table->setAccessibleDescription(tr("One row per bucket: what its lifecycle configuration holds and what "
                                         "adding the rule will change."));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Bucket"), tr("What changes"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->horizontalHeader()->resizeSection(BucketColumn, x * 24);
    m_table->horizontalHeader()->resizeSection(ChangeColumn, x * 70);
    m_summary->setObjectName(QStringLiteral("abortRuleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_apply->setObjectName(QStringLiteral("abortRuleApply"));
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);
    m_undo->setObjectName(QStringLiteral("abortRuleUndo"));
    m_undo->setAutoDefault(false);
    m_close->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_undo->hide(); // after the write (the button box shows what it is given)

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(daysRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    m_replan->setSingleShot(true);
    m_replan->setInterval(400);
    connect(m_replan, &QTimer::timeout, this, &LifecycleDialog::readPlan);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_phase == Phase::Planning || m_phase == Phase::Planned) {
            m_apply->setEnabled(false);
            m_replan->start();
        }
    });
    connect(m_apply, &QPushButton::clicked, this, &LifecycleDialog::apply);
    connect(m_undo, &QPushButton::clicked, this, &LifecycleDialog::undo);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_worker, &LifecycleWorker::bucketChanged, this, &LifecycleDialog::showBuckets);
    connect(m_worker, &LifecycleWorker::finished, this, &LifecycleDialog::handleFinished);
    resize(x * 120, fontMetrics().height() * 30);
    readPlan();
}

LifecycleDialog::~LifecycleDialog() = default;

QString LifecycleDialog::journalPath() const
{
    return m_journal ? m_journal->path() : QString();
}

void LifecycleDialog::readPlan()
{
    m_replan->stop();
    // The plan shown is already for these days (they were changed and changed back).
    if (!m_reading && m_phase == Phase::Planned && m_plannedDays == m_days->value()) {
        m_apply->setEnabled(m_worker->count(LifecycleWorker::State::WouldAdd) > 0);
        return;
    }
    // One reading at a time: a plan made for other days than those shown is never offered.
    if (m_reading) {
        m_replanWanted = true;
        return;
    }
    m_reading = true;
    m_plannedDays = m_days->value();
    m_phase = Phase::Planning;
    m_apply->setEnabled(false);
    m_apply->setText(tr("Add the rule"));
    m_summary->setText(tr("Reading the lifecycle configuration of %Ln bucket(s)…", nullptr, int(m_names.size())));
    m_worker->read(m_names, m_plannedDays);
    showBuckets();
}

void LifecycleDialog::showBuckets()
{
    const QList<LifecycleWorker::Bucket> &buckets = m_worker->buckets();
    m_table->setRowCount(int(buckets.size()));
    for (int row = 0; row < buckets.size(); ++row) {
        const LifecycleWorker::Bucket &b = buckets[row];
        const QStringList cells{b.name, b.text, stateWords(b.state)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells[column]);
            item->setToolTip(cells[column]);
        }
    }
}

void LifecycleDialog::handleFinished()
{
    showBuckets();
    using State = LifecycleWorker::State;
    const QLocale locale;
    switch (m_phase) {
    case Phase::Planning: {
        m_reading = false;
        if (m_replanWanted || m_days->value() != m_plannedDays) {
            m_replanWanted = false;
            readPlan();
            return;
        }
        m_phase = Phase::Planned;
        const int toAdd = m_worker->count(State::WouldAdd);
        m_apply->setText(tr("Add the rule to %Ln bucket(s)", nullptr, toAdd));
        m_apply->setEnabled(toAdd > 0);
        m_summary->setText(
            tr("%Ln bucket(s) will get the rule, %1 already covered, %2 left alone (not supported, refused or not "
               "understood). Every other rule is kept as it is.",
               nullptr, toAdd)
                .arg(locale.toString(m_worker->count(State::Covered)),
                     locale.toString(int(m_worker->buckets().size()) - toAdd - m_worker->count(State::Covered))) +
            u' ' + tr("The rule aborts an upload %Ln day(s) after it began.", nullptr, m_plannedDays));
        break;
    }
    case Phase::Writing:
        m_phase = Phase::Written;
        m_apply->hide();
        m_undo->show();
        m_undo->setEnabled(m_worker->count(State::Verified) + m_worker->count(State::Failed) > 0);
        m_summary->setText(tr("Verified on %Ln bucket(s) (written, then read back as meant); %1 failed or left "
                              "alone. Journal: %2",
                              nullptr, m_worker->count(State::Verified))
                               .arg(locale.toString(m_worker->count(State::Failed) + m_worker->count(State::Changed) +
                                                    m_worker->count(State::Error)),
                                    journalPath()));
        break;
    case Phase::Undoing:
        m_phase = Phase::Undone;
        m_undo->setEnabled(false);
        m_summary->setText(tr("Restored %Ln bucket(s) to what they held before; %1 left as they are (changed since, "
                              "or failed: see each row). Journal: %2",
                              nullptr, m_worker->count(State::Restored))
                               .arg(locale.toString(int(m_worker->buckets().size()) - m_worker->count(State::Restored)),
                                    journalPath()));
        break;
    case Phase::Planned:
    case Phase::Written:
    case Phase::Undone:
        break;
    }
    if (m_phase == Phase::Written || m_phase == Phase::Undone) {
        for (const LifecycleWorker::Bucket &b : m_worker->buckets()) {
            if (b.state == State::Verified || b.state == State::Restored || b.state == State::Failed)
                Q_EMIT abortRuleChanged(b.name, b.current.abortSummary());
        }
    }
    m_days->setEnabled(m_phase == Phase::Planned);
    Q_EMIT workFinished();
}

void LifecycleDialog::apply()
{
    if (m_phase != Phase::Planned || m_days->value() != m_plannedDays)
        return;
    const QString id = LifecycleJournal::newChangeId(QDateTime::currentDateTimeUtc());
    m_journal = std::make_unique<LifecycleJournal>();
    const Result<Unit> created = m_journal->create(m_journalDir + u'/' + id + QStringLiteral(".jsonl"), id,
                                                   m_client->config().endpoint.toString(), m_plannedDays);
    if (!created) {
        m_journal.reset();
        QMessageBox::critical(this, tr("Nothing was written"), created.error().toString());
        return;
    }
    m_phase = Phase::Writing;
    m_apply->setEnabled(false);
    m_days->setEnabled(false);
    m_summary->setText(tr("Writing and verifying…"));
    m_worker->apply(m_journal.get());
}

void LifecycleDialog::undo()
{
    if (m_phase != Phase::Written || !m_journal)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Undo the change?"),
        tr("Put back the lifecycle configuration each bucket held before (or none, where there was none)? Only "
           "buckets whose configuration is still what PartSweep wrote are changed."),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<LifecycleJournalData> data = LifecycleJournal::load(m_journal->path());
    if (!data) {
        QMessageBox::critical(this, tr("Undo"), data.error().toString());
        return;
    }
    m_phase = Phase::Undoing;
    m_undo->setEnabled(false);
    m_summary->setText(tr("Restoring and verifying…"));
    m_worker->restore(*data, m_journal.get(), false);
}

} // namespace PartSweep
