#include "cleanupconfirmdialog.h"

#include "cleanup/cleanupplanner.h"

#include "util/background.h"
#include "util/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace PartSweep {

namespace {
constexpr qint64 Hour = 3600;
constexpr int MaxBucketsListed = 8;
// Up to this many uploads the tally is made at once (a few milliseconds); more on a worker.
constexpr qsizetype TalliedAtOnce = 20000;
} // namespace

CleanupConfirmDialog::CleanupConfirmDialog(const QList<CleanupTarget> &targets, const CleanupOptions &defaults,
                                           const std::optional<QDateTime> &serverNow, QWidget *parent)
    : QDialog(parent)
    , m_targetCount(targets.size())
    , m_defaults(defaults)
    , m_summary(new QLabel(this))
    , m_buckets(new QLabel(this))
    , m_dryRun(new QCheckBox(tr("&Dry run: list what would be aborted, change nothing"), this))
    , m_requestPayer(new QCheckBox(tr("&Requester pays: accept the request charges (x-amz-request-payer)"), this))
    , m_expectedOwner(new QLineEdit(this))
    , m_guardValue(new QSpinBox(this))
    , m_guardUnit(new QComboBox(this))
    , m_verify(new QCheckBox(tr("&Verify each abort with ListParts (recommended)"), this))
    , m_verifyWarning(new QLabel(this))
    , m_maxAborts(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_accept(new QPushButton(this))
{
    setObjectName(QStringLiteral("cleanupConfirmDialog"));
    setWindowTitle(tr("Abort pending uploads"));
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_buckets->setObjectName(QStringLiteral("confirmBuckets"));
    m_buckets->setWordWrap(true);
    m_buckets->setTextFormat(Qt::PlainText);

    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setChecked(defaults.dryRun);
    m_requestPayer->setObjectName(QStringLiteral("requestPayer"));
    m_requestPayer->setChecked(defaults.requestPayer);
    m_expectedOwner->setObjectName(QStringLiteral("expectedOwner"));
    m_expectedOwner->setText(defaults.expectedBucketOwner);
    m_expectedOwner->setPlaceholderText(tr("account id; empty: not checked"));
    m_guardValue->setObjectName(QStringLiteral("guardValue"));
    m_guardValue->setAccessibleName(tr("Age guard"));
    m_guardValue->setRange(0, 100000);
    m_guardUnit->setObjectName(QStringLiteral("guardUnit"));
    m_guardUnit->addItem(tr("hours"), Hour);
    m_guardUnit->addItem(tr("days"), 24 * Hour);
    if (defaults.minAgeSeconds % (24 * Hour) == 0 && defaults.minAgeSeconds > 0) {
        m_guardUnit->setCurrentIndex(1);
        m_guardValue->setValue(int(defaults.minAgeSeconds / (24 * Hour)));
    } else {
        m_guardValue->setValue(int(defaults.minAgeSeconds / Hour));
    }
    m_guardValue->setToolTip(tr("Uploads initiated more recently than this are kept: they may still be in use."));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setChecked(defaults.verify);
    m_verifyWarning->setObjectName(QStringLiteral("verifyWarning"));
    m_verifyWarning->setWordWrap(true);
    m_verifyWarning->setText(tr("Without verification an abort is not proven: parts still uploading when it is "
                                "sent can land afterwards and keep costing money."));
    m_maxAborts->setObjectName(QStringLiteral("maxAborts"));
    m_maxAborts->setRange(1, 20);
    m_maxAborts->setValue(defaults.maxAborts);
    m_maxAborts->setToolTip(tr("Abort again while ListParts still lists parts, up to this many times."));
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(defaults.concurrency);

    auto *guard = new QHBoxLayout;
    guard->addWidget(m_guardValue);
    guard->addWidget(m_guardUnit);
    guard->addStretch(1);
    // Each field has a mnemonic (Alt+letter) that takes the keyboard to it.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(m_dryRun);
    form->addRow(label(tr("&Keep uploads younger than:"), m_guardValue), guard);
    form->addRow(m_requestPayer);
    form->addRow(label(tr("Expected bucket &owner:"), m_expectedOwner), m_expectedOwner);
    form->addRow(m_verify);
    form->addRow(m_verifyWarning);
    form->addRow(label(tr("Aborts per &upload (at most):"), m_maxAborts), m_maxAborts);
    form->addRow(label(tr("Requests in &flight:"), m_concurrency), m_concurrency);

    m_accept->setObjectName(QStringLiteral("confirmButton"));
    m_buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("Only the uploads listed here are aborted (each by its exact upload id). "
                               "Objects are never deleted. Every step is written to a journal, and a report can "
                               "be exported at the end."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_buckets);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    for (QCheckBox *box : {m_dryRun, m_verify})
        connect(box, &QCheckBox::toggled, this, &CleanupConfirmDialog::update);
    connect(m_guardValue, &QSpinBox::valueChanged, this, &CleanupConfirmDialog::update);
    connect(m_guardUnit, &QComboBox::currentIndexChanged, this, &CleanupConfirmDialog::update);
    if (targets.size() <= TalliedAtOnce) {
        m_tally = SelectionTally(targets, serverNow);
    } else {
        // A million uploads take a few hundred milliseconds to tally: the dialog shows at once,
        // says it is counting, and cannot be confirmed until the figures are in.
        runInBackground<SelectionTally>(
            this, [targets, serverNow] { return SelectionTally(targets, serverNow); },
            [this](SelectionTally tally) {
                m_tally = std::move(tally);
                update();
            });
    }
    update();
    resize(560, sizeHint().height());
}

CleanupOptions CleanupConfirmDialog::options() const
{
    CleanupOptions options = m_defaults;
    options.dryRun = m_dryRun->isChecked();
    options.requestPayer = m_requestPayer->isChecked();
    options.expectedBucketOwner = m_expectedOwner->text().trimmed();
    options.minAgeSeconds = qint64(m_guardValue->value()) * m_guardUnit->currentData().toLongLong();
    options.verify = m_verify->isChecked();
    options.maxAborts = m_maxAborts->value();
    options.concurrency = m_concurrency->value();
    return options;
}

QString CleanupConfirmDialog::summaryText() const
{
    return m_summary->text();
}

void CleanupConfirmDialog::setCostModel(const CostModel &cost)
{
    m_cost = cost;
    update();
}

void CleanupConfirmDialog::update()
{
    const CleanupOptions current = options();
    m_verifyWarning->setVisible(!current.verify && !current.dryRun);
    m_verify->setEnabled(!current.dryRun);
    m_maxAborts->setEnabled(!current.dryRun && current.verify);
    // Enter confirms a dry run; a destructive run needs a deliberate click (or Alt+key).
    m_accept->setAutoDefault(current.dryRun);
    m_accept->setDefault(current.dryRun);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setDefault(!current.dryRun);
        cancel->setAutoDefault(!current.dryRun);
    }
    m_accept->setIcon(style()->standardIcon(current.dryRun ? QStyle::SP_DialogApplyButton : QStyle::SP_TrashIcon));
    if (!m_tally) {
        // A large selection is tallied on a worker (see the constructor): nothing to confirm yet.
        m_summary->setText(tr("Counting the %Ln selected upload(s)…", nullptr, int(m_targetCount)));
        m_buckets->clear();
        m_accept->setText(current.dryRun ? tr("Dry run: change nothing") : tr("&Abort (counting…)"));
        m_accept->setEnabled(false);
        return;
    }
    const SelectionTally::Summary tally = m_tally->summarize(current.minAgeSeconds);
    const qint64 bytes = tally.knownBytes;
    const int unknownSizes = tally.unknownSizes;
    const int eligible = tally.eligible;
    const int excluded = int(m_targetCount) - eligible;
    double monthly = 0;
    bool unpriced = false;
    for (auto it = tally.knownBytesByClass.cbegin(); it != tally.knownBytesByClass.cend(); ++it) {
        if (const std::optional<double> cost = m_cost.monthly(it.value(), it.key()))
            monthly += *cost;
        else
            unpriced = true;
    }

    QString sizeText = Format::bytes(bytes);
    if (unknownSizes > 0)
        sizeText = tr("%1 known; the size of %Ln is not listed yet", nullptr, unknownSizes).arg(sizeText);
    const QString buckets = tr("%Ln bucket(s)", nullptr, int(tally.buckets.size()));
    QString summary =
        current.dryRun ? tr("Dry run over %Ln upload(s) (%1) in %2: nothing will be changed.", nullptr, int(eligible))
                       : tr("%Ln pending upload(s) (%1) in %2 will be aborted.", nullptr, int(eligible));
    summary = summary.arg(sizeText, buckets);
    if (m_cost.hasPrices() && bytes > 0) {
        const bool partial = unpriced || unknownSizes > 0;
        QString saving;
        if (current.dryRun)
            saving = partial ? tr("They cost %1 a month (%2), counting the uploads of known size and price.")
                             : tr("They cost %1 a month (%2).");
        else
            saving = partial ? tr("That saves %1 a month (%2), counting the uploads of known size and price.")
                             : tr("That saves %1 a month (%2).");
        summary += u' ' + saving.arg(formatMoneyEstimate(monthly), m_cost.describe());
    }
    if (tally.clockUnknown)
        summary += u' ' + tr("The server's time is not known yet, so the age guard cannot be applied: nothing can "
                             "be aborted until the server has answered (or with the guard at 0).");
    else if (excluded > 0)
        summary += u' ' + tr("%Ln selected upload(s) younger than the guard are kept.", nullptr, int(excluded));
    m_summary->setText(summary);

    QStringList lines;
    for (qsizetype i = 0; i < tally.buckets.size() && i < MaxBucketsListed; ++i) {
        const SelectionTally::Bucket &bucket = tally.buckets.at(i);
        lines << tr("  %1: %Ln upload(s), %2", nullptr, bucket.uploads)
                     .arg(bucket.name, Format::bytes(bucket.knownBytes));
    }
    if (tally.buckets.size() > MaxBucketsListed)
        lines << tr("  … and %Ln more bucket(s)", nullptr, int(tally.buckets.size() - MaxBucketsListed));
    m_buckets->setText(lines.join(u'\n'));

    m_accept->setText(current.dryRun
                          ? tr("Dry run: change nothing")
                          : tr("&Abort %Ln upload(s) (%1)", nullptr, int(eligible)).arg(Format::bytes(bytes)));
    m_accept->setEnabled(eligible > 0);
}

} // namespace PartSweep
