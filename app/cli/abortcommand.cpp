#include "cli/abortcommand.h"

#include "cli/errortext.h"

#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupreport.h"
#include "inventory/uploadscan.h"
#include "s3/s3client.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace PartSweep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

using enum Cli::ExitCode;

QString optionsText(const CleanupOptions &o)
{
    QStringList parts;
    parts << (o.verify ? tr("verification on") : tr("verification OFF"));
    parts << tr("up to %1 abort(s) per upload").arg(o.maxAborts);
    parts << tr("concurrency %1").arg(o.concurrency);
    parts << (o.requestPayer ? tr("requester pays on") : tr("requester pays off"));
    if (!o.expectedBucketOwner.isEmpty())
        parts << tr("expected bucket owner %1").arg(o.expectedBucketOwner);
    parts << tr("age guard %1").arg(o.minAgeSeconds > 0 ? Format::age(o.minAgeSeconds) : tr("off"));
    if (o.shardCount > 1)
        parts << tr("shard %1").arg(CleanupPlanner::Shard{o.shardIndex, o.shardCount}.toString());
    return parts.join(QStringLiteral(", "));
}

// Whether the run reached what was asked: every upload to abort is gone (verified), or with
// verification off its abort was accepted; a dry run succeeds when nothing failed.
bool succeeded(const std::vector<CleanupItem> &items, const CleanupOptions &options)
{
    return std::all_of(items.cbegin(), items.cend(), [&options](const CleanupItem &item) {
        switch (item.state) {
        case CleanupState::Verified:
        case CleanupState::Excluded:
            return true;
        case CleanupState::Aborted:
            return !options.verify;
        case CleanupState::WouldAbort:
            return options.dryRun;
        default:
            return false;
        }
    });
}

// How a job's last run ended: "finished", "cancelled", "interrupted" (the process died), "running (...)".
QString lastRunText(const JournalSummary &job)
{
    return job.runningElsewhere       ? tr("running (%1)").arg(job.runningElsewhere->text())
           : job.endOutcome.isEmpty() ? tr("interrupted")
                                      : job.endOutcome;
}

// A report's cost column from what storage costs here (none without prices).
CleanupReport::Costs costsFor(const CostModel &cost)
{
    if (!cost.hasPrices())
        return {};
    return {[cost](const CleanupItem &item) { return cost.monthly(item.target.size, item.target.upload.storageClass); },
            cost.describe()};
}

} // namespace

bool isReportFileName(const QString &path)
{
    return path.isEmpty() || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
}

AbortArgs::AbortArgs()
    : dryRun(QStringLiteral("dry-run"), tr("abort: send no mutating request; list parts and report what would happen."))
    , yes(QStringLiteral("yes"), tr("abort: do not ask for confirmation (needed without a terminal)."))
    , minAge(QStringLiteral("min-age"),
             tr("abort: never touch uploads younger than this (default 24h; 0 turns the guard off)."), tr("age"),
             QStringLiteral("24h"))
    , maxAborts(QStringLiteral("max-aborts"),
                tr("abort: abort requests per upload while parts remain listed (default 3). Not --max-attempts, "
                   "which counts retries of one request."),
                tr("n"), QStringLiteral("3"))
    , noVerify(QStringLiteral("no-verify"),
               tr("abort: do not list parts after aborting (discouraged: a 204 alone proves nothing)."))
    , report(QStringLiteral("report"), tr("abort: write a report of every upload to FILE.json or FILE.csv."),
             tr("file"))
    , resume(QStringLiteral("resume"),
             tr("abort: resume the unfinished job of this journal (see 'jobs'); with --dry-run, only show what is "
                "left. Options that differ from the job's are refused."),
             tr("journal"))
    , outageLimit(QStringLiteral("outage-limit"),
                  tr("abort: stop the job (resumable) when the server has given no usable answer for this long, or "
                     "at once when it refuses the credentials as expired (default 2m)."),
                  tr("age"), QStringLiteral("2m"))
    , shard(QStringLiteral("shard"),
            tr("abort: take only share K of N of the selection (K from 0 to N-1), for one cleanup spread over N "
               "processes or machines; each upload falls in exactly one share (see 'report --merge')."),
            tr("K/N"))
{}

void AbortArgs::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({dryRun, yes, minAge, maxAborts, noVerify, report, resume, outageLimit, shard});
}

QStringList AbortArgs::setNames(const QCommandLineParser &parser) const
{
    QStringList names;
    for (const QCommandLineOption *o :
         {&dryRun, &yes, &minAge, &maxAborts, &noVerify, &report, &resume, &outageLimit, &shard}) {
        if (parser.isSet(*o))
            names << o->names().first();
    }
    return names;
}

std::optional<AbortArgs::Parsed> AbortArgs::parse(const QCommandLineParser &parser, QString *usageError) const
{
    Parsed p;
    p.dryRun = parser.isSet(dryRun);
    p.yes = parser.isSet(yes);
    p.verify = !parser.isSet(noVerify);
    p.minAgeSeconds = Format::parseDuration(parser.value(minAge));
    if (p.minAgeSeconds < 0) {
        *usageError = tr("--min-age takes an age such as 24h, 7d or 0, not '%1'").arg(parser.value(minAge));
        return std::nullopt;
    }
    bool ok = false;
    p.maxAborts = parser.value(maxAborts).toInt(&ok);
    if (!ok || p.maxAborts < 1 || p.maxAborts > 20) {
        *usageError = tr("--max-aborts must be a number from 1 to 20");
        return std::nullopt;
    }
    p.outageLimitSeconds = Format::parseDuration(parser.value(outageLimit));
    if (p.outageLimitSeconds < 1) {
        *usageError =
            tr("--outage-limit takes a duration such as 90s, 10m or 1h, not '%1'").arg(parser.value(outageLimit));
        return std::nullopt;
    }
    p.reportPath = parser.value(report);
    if (!isReportFileName(p.reportPath)) {
        *usageError = tr("--report must name a .json or .csv file");
        return std::nullopt;
    }
    p.resumePath = parser.value(resume);
    if (parser.isSet(shard)) {
        const Result<CleanupPlanner::Shard> parsed = CleanupPlanner::Shard::parse(parser.value(shard));
        if (!parsed) {
            *usageError = parsed.error().message;
            return std::nullopt;
        }
        if (!p.resumePath.isEmpty()) {
            *usageError = tr("--shard does not go with --resume: the journal holds the shard's selection");
            return std::nullopt;
        }
        p.shard = *parsed;
    }
    p.resume.dryRun = p.dryRun;
    if (parser.isSet(noVerify))
        p.resume.verify = false;
    if (parser.isSet(minAge))
        p.resume.minAgeSeconds = p.minAgeSeconds;
    if (parser.isSet(maxAborts))
        p.resume.maxAborts = p.maxAborts;
    return p;
}

AbortCommand::AbortCommand(S3Client *client, Cli::OutputFormat format, Selection selection, AbortArgs::Parsed args,
                           CleanupOptions base, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_format(format)
    , m_selection(std::move(selection))
    , m_args(std::move(args))
    , m_base(std::move(base))
    , m_out(stdout)
    , m_err(stderr)
{
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &AbortCommand::printProgress);
}

AbortCommand::~AbortCommand() = default;

void AbortCommand::start()
{
    if (!m_args.verify && !m_args.dryRun)
        m_err << "partsweep-cli: "
              << tr("warning: --no-verify: aborts will not be checked with ListParts; parts that land after an "
                    "abort stay billed and unnoticed\n");
    m_err.flush();
    if (!m_args.resumePath.isEmpty())
        return startResume();
    UploadScan::Options options;
    options.buckets = m_selection.buckets;
    options.prefix = m_selection.prefix;
    options.sizes = m_selection.sizes;
    // A shard keeps (and sizes) only its share of what it lists.
    if (!m_args.shard.isWhole())
        options.keep = [shard = m_args.shard](const UploadInfo &u) { return CleanupPlanner::inShard(u, shard); };
    m_scan = new UploadScan(m_client, options, this);
    connect(m_scan, &UploadScan::finished, this, &AbortCommand::handleScanned);
    m_scan->start();
}

void AbortCommand::handleScanned()
{
    if (m_interrupted)
        return exitWith(ExitPartialFailure);
    if (m_scan->fatalError()) {
        m_err << "partsweep-cli: " << Cli::errorText(*m_scan->fatalError()) << '\n';
        m_err.flush();
        return exitWith(ExitConnection);
    }
    for (const ListingOutcome &o : m_scan->outcomes()) {
        if (o.error) {
            ++m_bucketsNotListed;
            m_err << "partsweep-cli: " << Cli::printable(o.bucket) << ": " << Cli::errorText(*o.error) << '\n';
        }
        for (const QString &warning : o.warnings)
            m_err << "partsweep-cli: " << Cli::printable(o.bucket) << ": warning: " << warning << '\n';
    }

    // Ages on the server's clock (read from the listing's answers), never this computer's.
    const std::optional<QDateTime> serverNow = m_client->serverNow();
    QList<CleanupTarget> selected;
    for (const UploadScan::Sized &s : m_scan->uploads()) {
        if (m_selection.olderThanSeconds > 0 &&
            CleanupPlanner::guardVerdict(s.upload.initiated, m_selection.olderThanSeconds, serverNow) !=
                CleanupPlanner::GuardVerdict::Eligible)
            continue;
        CleanupTarget t;
        t.upload = s.upload;
        if (s.parts) {
            t.size = s.parts->totalBytes;
            t.parts = int(s.parts->parts.size());
        }
        selected.append(t);
    }
    const bool listingFailed = m_bucketsNotListed > 0;
    if (listingFailed && !m_args.dryRun) {
        m_err << "partsweep-cli: " << tr("some buckets could not be listed; aborting what was listed\n");
    }

    CleanupOptions options = m_base;
    options.dryRun = m_args.dryRun;
    options.verify = m_args.verify;
    options.maxAborts = m_args.maxAborts;
    options.minAgeSeconds = m_args.minAgeSeconds;
    options.shardIndex = m_args.shard.index;
    options.shardCount = m_args.shard.count;

    if (!m_args.shard.isWhole())
        m_err << tr("Shard %1: %2 of the %3 upload(s) listed are this share's (the others are left to the other "
                    "shards).\n")
                     .arg(m_args.shard.toString())
                     .arg(m_scan->uploads().size())
                     .arg(m_scan->listedCount());
    const CleanupPlanner::Plan plan = CleanupPlanner::plan(selected, options.minAgeSeconds, serverNow);
    QString what = tr("%1 upload(s) in %2 bucket(s) (%3)")
                       .arg(plan.eligible)
                       .arg(plan.buckets.size())
                       .arg(plan.buckets.isEmpty() ? tr("none") : plan.buckets.join(QStringLiteral(", ")));
    if (plan.unknownSizes == 0 && plan.eligible > 0) {
        what += tr(", %1 in parts").arg(Format::bytes(plan.knownBytes));
        if (m_cost.hasPrices()) {
            double monthly = 0;
            QStringList unpriced;
            for (auto it = plan.knownBytesByClass.cbegin(); it != plan.knownBytesByClass.cend(); ++it) {
                if (const std::optional<double> cost = m_cost.monthly(it.value(), it.key()))
                    monthly += *cost;
                else
                    unpriced << it.key();
            }
            what += tr(", %1 a month (%2)").arg(formatMoneyEstimate(monthly), m_cost.describe());
            if (!unpriced.isEmpty())
                what += tr(" plus uploads of class %1, which has no price").arg(unpriced.join(QStringLiteral(", ")));
        }
    } else if (!m_selection.sizes)
        what += tr(", sizes not listed (--sizes lists them)");
    m_err << tr("Selected: %1.\n").arg(what);
    if (plan.tooYoung > 0)
        m_err << tr("Excluded: %1 upload(s) younger than the %2 age guard by the server's clock (lower it with "
                    "--min-age).\n")
                     .arg(plan.tooYoung)
                     .arg(Format::age(m_args.minAgeSeconds));
    if (plan.ageUnknown > 0)
        m_err << tr("Excluded: %1 upload(s) whose initiation time the server did not give.\n").arg(plan.ageUnknown);
    m_err << tr("Options: %1.\n").arg(optionsText(options));
    m_err.flush();

    if (plan.clockUnknown && !selected.isEmpty()) {
        m_err << "partsweep-cli: "
              << tr("the server's time could not be read from its answers, so the age guard cannot be applied; "
                    "nothing was aborted\n");
        m_err.flush();
        return exitWith(ExitConnection);
    }
    if (plan.eligible == 0 && !m_args.dryRun) {
        m_err << tr("Nothing to abort.\n");
        m_err.flush();
        return exitWith(listingFailed ? ExitPartialFailure : ExitOk);
    }
    if (!m_args.dryRun && !confirm(tr("Abort %1?").arg(what)))
        return;

    auto *job = new CleanupJob(m_client->config(), options, plan.targets, this);
    if (const std::optional<qint64> offset = m_client->serverClockOffsetMs())
        job->setServerClockOffsetMs(*offset);
    runJob(job, {});
}

void AbortCommand::startResume()
{
    Result<JournalData> data = CleanupJournal::load(m_args.resumePath);
    if (!data) {
        m_err << "partsweep-cli: " << Cli::errorText(data.error()) << '\n';
        m_err.flush();
        return exitWith(ExitUsage);
    }
    if (data->planned && !data->options.dryRun && !data->runningElsewhere && data->notDone() == 0 && !m_args.dryRun) {
        m_err << tr("Job %1 has nothing left to do.\n").arg(data->jobId);
        m_err.flush();
        if (!m_args.reportPath.isEmpty()) {
            if (Result<Unit> written = CleanupReport::write(*data, m_args.reportPath, reportCosts()); !written)
                m_err << "partsweep-cli: " << Cli::errorText(written.error()) << '\n';
        }
        return exitWith(succeeded(data->items, data->options) ? ExitOk : ExitPartialFailure);
    }
    CleanupPlanner::ResumeRequest request = m_args.resume;
    request.endpoint = m_client->config().endpoint.toString();
    const Result<CleanupOptions> options = CleanupPlanner::resumeOptions(*data, request);
    if (!options) {
        m_err << "partsweep-cli: " << Cli::errorText(options.error()) << '\n';
        m_err.flush();
        return exitWith(ExitUsage);
    }
    const QList<int> left = CleanupPlanner::leftToDo(*data);
    if (options->dryRun) {
        // What is left, looked at only: a new dry-run job over those uploads. The job's own
        // journal is not written to, so a later resume finds it as it was.
        QList<CleanupTarget> targets;
        for (const int i : left)
            targets << data->items[size_t(i)].target;
        m_err << tr("Dry run of what is left of job %1: %2 of %3 upload(s); nothing will be changed and its journal "
                    "is not touched.\n")
                     .arg(data->jobId)
                     .arg(left.size())
                     .arg(data->items.size());
        m_err << tr("Options (from the journal): %1.\n").arg(optionsText(*options));
        m_err.flush();
        return runJob(new CleanupJob(m_client->config(), *options, targets, this), {});
    }
    m_err << tr("Resuming job %1: %2 of %3 upload(s) left (%4 done).\n")
                 .arg(data->jobId)
                 .arg(left.size())
                 .arg(data->items.size())
                 .arg(data->items.size() - size_t(left.size()));
    m_err << tr("Options (from the journal): %1.\n").arg(optionsText(data->options));
    m_err.flush();
    if (!confirm(tr("Resume job %1?").arg(data->jobId)))
        return;
    runJob(new CleanupJob(m_client->config(), *data, this), m_args.resumePath);
}

CleanupReport::Costs AbortCommand::reportCosts() const
{
    return costsFor(m_cost);
}

bool AbortCommand::confirm(const QString &what)
{
    if (m_args.yes)
        return true;
    // The job has not started: nothing is in flight while the CLI waits for the answer.
    switch (Cli::askOnTerminal(m_err, what)) {
    case Cli::Answer::Yes:
        return true;
    case Cli::Answer::NoTerminal:
        m_err << "partsweep-cli: " << tr("refusing to abort without confirmation: not on a terminal; add --yes\n");
        m_err.flush();
        exitWith(ExitUsage);
        return false;
    case Cli::Answer::No:
        break;
    }
    m_err << tr("Nothing was aborted.\n");
    m_err.flush();
    exitWith(ExitPartialFailure);
    return false;
}

void AbortCommand::runJob(CleanupJob *job, const QString &journalPath)
{
    m_job = job;
    m_job->setOutageHandling(CleanupJob::OutageHandling::Stop); // nobody to wait for: resumable instead
    m_job->setOutageLimitMs(int(std::min<qint64>(m_args.outageLimitSeconds, 86400) * 1000));
    Result<Unit> journal = m_job->openJournal(journalPath);
    if (!journal) {
        m_err << "partsweep-cli: " << Cli::errorText(journal.error()) << '\n';
        m_err.flush();
        return exitWith(ExitConnection);
    }
    // The bench measures the journal's cost with other intervals; 0 syncs every record.
    bool ok = false;
    const int syncMs = qEnvironmentVariableIntValue("PARTSWEEP_JOURNAL_SYNC_MS", &ok);
    if (ok)
        m_job->journal()->setSyncIntervalMs(syncMs);
    m_err << tr("Journal: %1\n").arg(m_job->journal()->path());
    m_err.flush();
    connect(m_job, &CleanupJob::finished, this, &AbortCommand::handleFinished);
    if (::isatty(STDERR_FILENO))
        m_progressTimer.start();
    m_job->start();
}

void AbortCommand::printProgress()
{
    if (!m_job)
        return;
    const CleanupJob::Totals t = m_job->totals();
    const int done = t.uploads - t.remaining;
    QString line = tr("%1/%2 done: %3 verified, %4 failed").arg(done).arg(t.uploads).arg(t.verified).arg(t.failed);
    if (t.wouldAbort > 0)
        line += tr(", %1 would be aborted").arg(t.wouldAbort);
    line += tr(", %1 requests").arg(t.requestsSent);
    if (t.chargedRequests > 0)
        line += tr(" (%1 charged)").arg(t.chargedRequests);
    if (t.uploadsPerSecond > 0)
        line += tr(", %1 uploads/s, ETA %2")
                    .arg(t.uploadsPerSecond, 0, 'f', 0)
                    .arg(t.etaSeconds >= 0 ? Format::age(t.etaSeconds) : QStringLiteral("?"));
    m_err << "\r\033[K" << line;
    m_err.flush();
    m_progressShown = true;
}

void AbortCommand::handleFinished()
{
    m_progressTimer.stop();
    if (::isatty(STDERR_FILENO)) { // the last state of the progress line, even for a short job
        printProgress();
        m_err << '\n';
    }
    const QString journalPath = m_job->journal()->path();
    m_job->journal()->sync();
    if (m_job->journal()->error())
        m_err << "partsweep-cli: "
              << tr("the journal could not be written, so no request was sent after that (resume the job once "
                    "there is room): ")
              << Cli::errorText(*m_job->journal()->error()) << '\n';
    else if (!m_job->stopReason().isEmpty())
        m_err << "partsweep-cli: " << Cli::printable(m_job->stopReason()) << '\n';
    // What is reported is what the journal recorded.
    const Result<JournalData> data = CleanupJournal::load(journalPath);
    if (!data) {
        m_err << "partsweep-cli: " << Cli::errorText(data.error()) << '\n';
        m_err.flush();
        return exitWith(ExitPartialFailure);
    }

    Cli::Output output;
    output.headers = {tr("BUCKET"), tr("KEY"), tr("UPLOAD ID"), tr("SIZE"), tr("ABORTS"), tr("STATE"), tr("REASON")};
    const bool table = m_format == Cli::OutputFormat::Table;
    for (const CleanupItem &item : data->items) {
        const UploadInfo &u = item.target.upload;
        const QString size = item.target.size < 0 ? QStringLiteral("-")
                             : table              ? Format::bytes(item.target.size)
                                                  : QString::number(item.target.size);
        output.rows.append({u.bucket, table ? Cli::printable(u.key) : u.key, u.uploadId, size,
                            QString::number(item.aborts), stateName(item.state),
                            table ? Cli::printable(item.reason) : item.reason});
        output.json.append(QJsonObject{{QStringLiteral("bucket"), u.bucket},
                                       {QStringLiteral("key"), u.key},
                                       {QStringLiteral("uploadId"), u.uploadId},
                                       {QStringLiteral("size"), item.target.size},
                                       {QStringLiteral("aborts"), item.aborts},
                                       {QStringLiteral("chargedRequests"), item.charged},
                                       {QStringLiteral("state"), stateName(item.state)},
                                       {QStringLiteral("reason"), item.reason}});
    }
    output.write(m_out, m_format);
    m_out.flush();

    if (!m_args.reportPath.isEmpty()) {
        if (Result<Unit> written = CleanupReport::write(*data, m_args.reportPath, reportCosts()); !written)
            m_err << "partsweep-cli: " << Cli::errorText(written.error()) << '\n';
        else
            m_err << tr("Report: %1\n").arg(m_args.reportPath);
    }

    int shown = 0;
    for (const CleanupItem &item : data->items) {
        if (item.state != CleanupState::Failed)
            continue;
        if (++shown <= 10)
            m_err << "partsweep-cli: " << item.target.upload.bucket << '/' << Cli::printable(item.target.upload.key)
                  << " (" << Cli::printable(item.target.upload.uploadId) << "): " << Cli::printable(item.reason)
                  << '\n';
    }
    if (shown > 10)
        m_err << tr("partsweep-cli: ... and %1 more failed uploads (see the report)\n").arg(shown - 10);

    const CleanupJob::Totals t = m_job->totals();
    if (m_job->options().dryRun) {
        m_err << tr("Dry run: %1 upload(s) would be aborted").arg(t.wouldAbort);
        if (t.bytesWouldFree > 0)
            m_err << tr(" (%1 in parts)").arg(Format::bytes(t.bytesWouldFree));
        m_err << tr(", %1 failed, %2 excluded; nothing was changed.\n").arg(t.failed).arg(t.excluded);
    } else {
        // Sizes are known only for uploads whose parts were listed: unknown is never shown as 0 B.
        QString freed = Format::partialSum(double(t.bytesFreed), Format::bytes(t.bytesFreed),
                                           t.verified - t.verifiedUnmeasured, t.verified);
        if (t.verifiedUnmeasured > 0)
            freed += tr(" freed; %1 not sized before the abort").arg(t.verifiedUnmeasured);
        else
            freed += tr(" freed");
        m_err << tr("%1 verified gone (%2), %3 failed, %4 cancelled, %5 cancelled after abort sent (not "
                    "verified)")
                     .arg(t.verified)
                     .arg(freed)
                     .arg(t.failed)
                     .arg(t.cancelled)
                     .arg(t.cancelledUnverified);
        if (t.aborted > 0)
            m_err << tr(", %1 aborted without verification").arg(t.aborted);
        m_err << tr(", %1 excluded; %2 requests, %3 charged to the requester.\n")
                     .arg(t.excluded)
                     .arg(t.requestsSent)
                     .arg(t.chargedRequests);
    }
    // Buckets whose listing failed: what was not listed there was not aborted, so the run did not
    // do what was asked, even when every upload it did take is verified gone.
    const bool ok = succeeded(data->items, m_job->options()) && m_bucketsNotListed == 0;
    if (!m_job->options().dryRun && (m_job->isCancelled() || data->isUnfinished()))
        m_err << tr("Unfinished: resume with --resume %1\n").arg(journalPath);
    if (m_bucketsNotListed > 0)
        m_err << tr("Incomplete: %1 bucket(s) could not be listed in full (see above); their uploads that were not "
                    "listed were not touched. Run the same command again to take them.\n")
                     .arg(m_bucketsNotListed);
    m_err.flush();
    exitWith(ok ? ExitOk : ExitPartialFailure);
}

void AbortCommand::cancel()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    m_err << (m_progressShown ? "\n" : "")
          << "partsweep-cli: " << tr("interrupted: no new request; waiting for the requests in flight\n");
    m_err.flush();
    if (m_job)
        m_job->cancel();
    else if (m_scan)
        m_scan->cancel();
    else
        exitWith(ExitPartialFailure);
}

void AbortCommand::exitWith(int code)
{
    QCoreApplication::exit(code);
}

int listUnfinishedJobs(Cli::OutputFormat format)
{
    const QList<JournalSummary> jobs = CleanupJournal::listUnfinished({}, true);
    Cli::Output output;
    output.headers = {tr("JOB"), tr("CREATED"), tr("UPLOADS"), tr("LEFT"), tr("LAST RUN"), tr("JOURNAL")};
    for (const JournalSummary &job : jobs) {
        const QString last = lastRunText(job);
        output.rows.append({job.jobId, Format::timestamp(job.created), QString::number(job.uploads),
                            QString::number(job.notDone), last, job.path});
        output.json.append(QJsonObject{{QStringLiteral("jobId"), job.jobId},
                                       {QStringLiteral("created"), Format::timestamp(job.created)},
                                       {QStringLiteral("uploads"), job.uploads},
                                       {QStringLiteral("left"), job.notDone},
                                       {QStringLiteral("lastRun"), last},
                                       {QStringLiteral("resumable"), !job.runningElsewhere},
                                       {QStringLiteral("journal"), job.path}});
    }
    QTextStream out(stdout);
    output.write(out, format);
    QTextStream err(stderr);
    err << QCoreApplication::translate("cli", "%1 unfinished job(s); resume one with 'partsweep-cli abort --resume "
                                              "JOURNAL'\n")
               .arg(jobs.size());
    return ExitOk;
}

int writeJobReport(const QStringList &journals, bool merge, const QString &reportPath, Cli::OutputFormat format,
                   std::optional<double> pricePerGbMonth)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QList<JournalData> loaded;
    for (const QString &path : journals) {
        Result<JournalData> data = CleanupJournal::load(path);
        if (!data) {
            err << "partsweep-cli: " << Cli::errorText(data.error()) << '\n';
            return ExitUsage;
        }
        loaded.append(std::move(*data));
    }
    // --merge: one report of several journals (shards); without, the one journal as itself.
    std::optional<CleanupReport::Merged> merged;
    QStringList warnings;
    if (merge) {
        Result<CleanupReport::Merged> m = CleanupReport::merge(loaded);
        if (!m) {
            err << "partsweep-cli: " << Cli::errorText(m.error()) << '\n';
            return ExitUsage;
        }
        merged = std::move(*m);
        warnings = merged->warnings;
    } else if (const QString warning = CleanupReport::unfinishedWarning(loaded.front()); !warning.isEmpty()) {
        warnings << warning;
    }
    for (const QString &warning : std::as_const(warnings))
        err << "partsweep-cli: " << tr("warning: ") << warning << '\n';
    const JournalData &data = merged ? merged->data : loaded.front();
    const QJsonArray sources = merged ? merged->sources : QJsonArray();

    QStringList priceWarnings;
    const CostModel cost = CostModel::forConnection(PriceTable::forThisUser(&priceWarnings),
                                                    QUrl(data.options.endpoint), data.options.region, pricePerGbMonth);
    for (const QString &warning : std::as_const(priceWarnings))
        err << "partsweep-cli: " << tr("warning: ") << warning << '\n';
    const CleanupReport::Costs costs = costsFor(cost);

    if (!reportPath.isEmpty()) {
        if (Result<Unit> written = CleanupReport::write(data, reportPath, costs, sources); !written) {
            err << "partsweep-cli: " << Cli::errorText(written.error()) << '\n';
            return ExitPartialFailure;
        }
    } else if (format == Cli::OutputFormat::Json) {
        out << CleanupReport::toJson(data, costs, sources);
    } else if (format == Cli::OutputFormat::Csv) {
        out << CleanupReport::toCsv(data, costs);
    } else {
        Cli::Output table;
        table.headers = {tr("JOURNAL"), tr("JOB"), tr("SHARD"), tr("UPLOADS"), tr("OUTCOME")};
        for (const JournalData &j : std::as_const(loaded)) {
            table.rows.append({j.path, j.jobId,
                               j.options.shardCount > 1
                                   ? CleanupPlanner::Shard{j.options.shardIndex, j.options.shardCount}.toString()
                                   : QStringLiteral("-"),
                               QString::number(j.items.size()), lastRunText(j.summary())});
        }
        table.write(out, format);
    }
    QMap<QString, int> states;
    for (const CleanupItem &item : data.items)
        ++states[stateName(item.state)];
    QStringList counts;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    err << tr("%1 upload(s) from %2 journal(s): %3.\n")
               .arg(data.items.size())
               .arg(merge ? loaded.size() : 1)
               .arg(counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", ")));
    out.flush();
    err.flush();
    const bool complete = merged ? merged->complete : warnings.isEmpty();
    return complete && succeeded(data.items, data.options) ? ExitOk : ExitPartialFailure;
}

} // namespace PartSweep
