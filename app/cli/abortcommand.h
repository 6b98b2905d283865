#pragma once

#include "cleanup/cleanupplanner.h"
#include "cleanup/cleanupreport.h"
#include "cleanup/cleanuptypes.h"
#include "cli/clioutput.h"
#include "pricing/pricetable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace PartSweep {

class CleanupJob;
class S3Client;
class UploadScan;
struct JournalData;

// A report is written as .json or .csv (empty: none asked).
bool isReportFileName(const QString &path);

// The options of `partsweep-cli abort` (besides the selection and connection options).
// Abort attempts are --max-aborts: --max-attempts is the per-request retry option.
struct AbortArgs
{
    AbortArgs();

    QCommandLineOption dryRun;
    QCommandLineOption yes;
    QCommandLineOption minAge;
    QCommandLineOption maxAborts;
    QCommandLineOption noVerify;
    QCommandLineOption report;
    QCommandLineOption resume;
    QCommandLineOption outageLimit;
    QCommandLineOption shard;

    void addTo(QCommandLineParser &parser) const;
    // The options only `abort` takes that are set (for usage errors with other commands).
    QStringList setNames(const QCommandLineParser &parser) const;

    struct Parsed
    {
        bool dryRun = false;
        bool yes = false;
        qint64 minAgeSeconds = 86400;
        int maxAborts = 3;
        bool verify = true;
        QString reportPath;
        QString resumePath;
        qint64 outageLimitSeconds = 120;
        CleanupPlanner::Shard shard; // --shard K/N: this process's share of the selection
        // With --resume: the options given again, checked against the journal's by the planner
        // (the connection's --request-payer, --expected-bucket-owner, --concurrency are added by
        // the caller, which parses them).
        CleanupPlanner::ResumeRequest resume;
    };
    std::optional<Parsed> parse(const QCommandLineParser &parser, QString *usageError) const;
};

// `partsweep-cli abort`: lists the selected uploads (or loads a journal to resume), asks for
// confirmation on a terminal (refuses without one unless --yes), runs a CleanupJob journaled in
// the user data dir, shows a progress line when stderr is a terminal, prints one row per upload
// on stdout and writes the report from the journal. Exits 0 when every upload it was to abort
// is verified gone (or, with --no-verify, the abort was accepted; with --dry-run, nothing
// failed), 1 otherwise (also when interrupted), 2 on usage errors, 3 on connection errors.
class AbortCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AbortCommand)

public:
    struct Selection
    {
        QStringList buckets;
        QString prefix;
        qint64 olderThanSeconds = 0;
        bool sizes = false;
    };

    AbortCommand(S3Client *client, Cli::OutputFormat format, Selection selection, AbortArgs::Parsed args,
                 CleanupOptions base, QObject *parent = nullptr);
    ~AbortCommand() override;

    // What storage costs here: the confirmation states what the cleanup saves a month.
    void setCostModel(CostModel cost) { m_cost = std::move(cost); }

    void start();
    void cancel();

private:
    void handleScanned();
    void startResume();
    bool confirm(const QString &what);
    CleanupReport::Costs reportCosts() const;
    // journalPath: the journal to append to (a resume), empty for a new one.
    void runJob(CleanupJob *job, const QString &journalPath);
    void printProgress();
    void handleFinished();
    void exitWith(int code);

    S3Client *m_client;
    Cli::OutputFormat m_format;
    Selection m_selection;
    AbortArgs::Parsed m_args;
    CleanupOptions m_base;
    CostModel m_cost;
    UploadScan *m_scan = nullptr;
    CleanupJob *m_job = nullptr;
    QTimer m_progressTimer;
    QTextStream m_out;
    QTextStream m_err;
    bool m_progressShown = false;
    bool m_interrupted = false;
    int m_bucketsNotListed = 0; // listings that ended on an error: the selection is incomplete
};

// `partsweep-cli jobs`: the unfinished cleanup jobs (journals) that --resume can complete.
int listUnfinishedJobs(Cli::OutputFormat format);

// `partsweep-cli report JOURNAL... [--merge]`: the report of a job from its journal, or of one
// cleanup spread over shards (abort --shard K/N) from all their journals, written to reportPath
// (.json or .csv) or printed (json, csv; a table of the journals for table). Exits 0 when every
// upload is done as asked and no shard is missing or unfinished, 1 otherwise, 2 when a journal
// cannot be read or the journals are not of one cleanup.
int writeJobReport(const QStringList &journals, bool merge, const QString &reportPath, Cli::OutputFormat format,
                   std::optional<double> pricePerGbMonth);

} // namespace PartSweep
