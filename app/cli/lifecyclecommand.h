#pragma once

#include "cli/clioutput.h"

#include <QCommandLineOption>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace PartSweep {

class LifecycleJournal;
class LifecycleWorker;
class S3Client;

// The options only `lifecycle` takes.
struct LifecycleArgs
{
    LifecycleArgs();

    QCommandLineOption days;
    QCommandLineOption journal;

    void addTo(QCommandLineParser &parser) const;
    QStringList setNames(const QCommandLineParser &parser) const;

    enum class Action
    {
        Show,
        AddAbortRule,
        Restore,
    };
    struct Parsed
    {
        Action action = Action::Show;
        QStringList buckets; // empty: every bucket
        int days = 7;
        QString journalPath;
        bool dryRun = false;
        bool yes = false;
    };
    // action: the word after `lifecycle`. dryRun, yes, buckets: from the shared options.
    std::optional<Parsed> parse(const QCommandLineParser &parser, const QString &action, QString *usageError) const;
};

// `partsweep-cli lifecycle show|add-abort-rule|restore`, on LifecycleWorker:
//   show: the abort rule in force per bucket ("7 d", "7 d (prefix logs/)", "none", "not supported").
//   add-abort-rule: reads every selected bucket's configuration and shows, per bucket, what will
//     change (the rules kept, the one added, or "already covered"); with --dry-run stops there;
//     otherwise asks on a terminal (refuses without one unless --yes), writes with a journal and
//     verifies each by reading it back. Exit 0 when every bucket is verified or covered, 1 when
//     one was refused, changed meanwhile or failed, 2 usage, 3 connection.
//   restore --journal FILE: puts back what a change replaced, where the configuration is still
//     what PartSweep wrote; the same confirmation and exit codes.
class LifecycleCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleCommand)

public:
    LifecycleCommand(S3Client *client, Cli::OutputFormat format, LifecycleArgs::Parsed args, QObject *parent = nullptr);
    ~LifecycleCommand() override;

    void start();

private:
    void readBuckets(const QStringList &buckets);
    void handleRead();
    void handleWritten();
    void startRestore();
    void handleRestorePlanned();
    bool confirm(const QString &question);
    void print(bool withPlanColumn);
    int exitCode() const;

    S3Client *m_client;
    Cli::OutputFormat m_format;
    LifecycleArgs::Parsed m_args;
    LifecycleWorker *m_worker;
    std::unique_ptr<LifecycleJournal> m_journal;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace PartSweep
