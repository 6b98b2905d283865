#include "cli/lifecyclecommand.h"

#include "cli/errortext.h"
#include "lifecycle/lifecyclejournal.h"
#include "lifecycle/lifecycleworker.h"
#include "s3/s3client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace PartSweep {

namespace {

using enum Cli::ExitCode;
using State = LifecycleWorker::State;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

bool isProblem(State state)
{
    return state == State::Error || state == State::Unreadable || state == State::Refused || state == State::Changed ||
           state == State::Failed;
}

} // namespace

LifecycleArgs::LifecycleArgs()
    : days(QStringLiteral("days"),
           tr("lifecycle add-abort-rule: abort incomplete uploads this many days after they start (default 7)."),
           tr("n"), QStringLiteral("7"))
    , journal(QStringLiteral("journal"), tr("lifecycle restore: the journal of the change to undo."), tr("file"))
{}

void LifecycleArgs::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({days, journal});
}

QStringList LifecycleArgs::setNames(const QCommandLineParser &parser) const
{
    QStringList names;
    for (const QCommandLineOption *o : {&days, &journal}) {
        if (parser.isSet(*o))
            names << o->names().first();
    }
    return names;
}

std::optional<LifecycleArgs::Parsed> LifecycleArgs::parse(const QCommandLineParser &parser, const QString &action,
                                                          QString *usageError) const
{
    Parsed p;
    if (action == u"show") {
        p.action = Action::Show;
    } else if (action == u"add-abort-rule") {
        p.action = Action::AddAbortRule;
    } else if (action == u"restore") {
        p.action = Action::Restore;
    } else {
        *usageError = action.isEmpty()
                          ? tr("lifecycle needs an action: show, add-abort-rule or restore")
                          : tr("lifecycle: unknown action '%1' (show, add-abort-rule, restore)").arg(action);
        return std::nullopt;
    }
    bool ok = false;
    p.days = parser.value(days).toInt(&ok);
    if (!ok || p.days < 1 || p.days > 36500) {
        *usageError = tr("--days must be a number of days from 1 to 36500");
        return std::nullopt;
    }
    if (parser.isSet(days) && p.action != Action::AddAbortRule) {
        *usageError = tr("--days goes with lifecycle add-abort-rule only");
        return std::nullopt;
    }
    p.journalPath = parser.value(journal);
    if ((p.action == Action::Restore) != !p.journalPath.isEmpty()) {
        *usageError = p.action == Action::Restore ? tr("lifecycle restore needs --journal FILE")
                                                  : tr("--journal goes with lifecycle restore only");
        return std::nullopt;
    }
    return p;
}

LifecycleCommand::LifecycleCommand(S3Client *client, Cli::OutputFormat format, LifecycleArgs::Parsed args,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_format(format)
    , m_args(std::move(args))
    , m_worker(new LifecycleWorker(client, this))
    , m_out(stdout)
    , m_err(stderr)
{}

LifecycleCommand::~LifecycleCommand() = default;

void LifecycleCommand::start()
{
    if (m_args.action == LifecycleArgs::Action::Restore)
        return startRestore();
    if (!m_args.buckets.isEmpty())
        return readBuckets(m_args.buckets);
    m_client->listBuckets(this, [this](Result<QList<BucketInfo>> buckets) {
        if (!buckets) {
            m_err << "partsweep-cli: " << Cli::errorText(buckets.error()) << '\n';
            m_err.flush();
            return QCoreApplication::exit(ExitConnection);
        }
        QStringList names;
        for (const BucketInfo &b : buckets.value())
            names << b.name;
        readBuckets(names);
    });
}

void LifecycleCommand::readBuckets(const QStringList &buckets)
{
    connect(m_worker, &LifecycleWorker::finished, this, &LifecycleCommand::handleRead, Qt::SingleShotConnection);
    m_worker->read(buckets, m_args.action == LifecycleArgs::Action::AddAbortRule ? m_args.days : 0);
}

void LifecycleCommand::handleRead()
{
    if (m_args.action == LifecycleArgs::Action::Show) {
        print(false);
        return QCoreApplication::exit(exitCode());
    }
    const int toAdd = m_worker->count(State::WouldAdd);
    if (m_args.dryRun || toAdd == 0) {
        print(true);
        if (m_args.dryRun)
            m_err << tr("Dry run: %1 bucket(s) would get the abort rule (%2 d), %3 already covered; nothing was "
                        "changed.\n")
                         .arg(toAdd)
                         .arg(m_args.days)
                         .arg(m_worker->count(State::Covered));
        else
            m_err << tr("Nothing to write: %1 bucket(s) already covered.\n").arg(m_worker->count(State::Covered));
        m_err.flush();
        return QCoreApplication::exit(exitCode());
    }
    // What will change, per bucket, before the question.
    int shown = 0;
    for (const LifecycleWorker::Bucket &b : m_worker->buckets()) {
        if (++shown <= 20)
            m_err << "  " << Cli::printable(b.name) << ": " << Cli::printable(b.text) << '\n';
    }
    if (shown > 20)
        m_err << tr("  ... and %1 more bucket(s)\n").arg(shown - 20);
    const QString question =
        tr("Add the lifecycle rule 'abort incomplete multipart uploads after %1 day(s)' to %2 bucket(s)? Every "
           "existing rule is kept as it is; the change is journaled and can be undone.")
            .arg(m_args.days)
            .arg(toAdd);
    if (!confirm(question))
        return;
    const QString id = LifecycleJournal::newChangeId(QDateTime::currentDateTimeUtc());
    m_journal = std::make_unique<LifecycleJournal>();
    const QString path = LifecycleJournal::defaultDirectory() + u'/' + id + QStringLiteral(".jsonl");
    if (Result<Unit> created = m_journal->create(path, id, m_client->config().endpoint.toString(), m_args.days);
        !created) {
        m_err << "partsweep-cli: " << Cli::errorText(created.error()) << tr(" Nothing was changed.\n");
        m_err.flush();
        return QCoreApplication::exit(ExitPartialFailure);
    }
    m_err << tr("Journal: %1\n").arg(path);
    m_err.flush();
    connect(m_worker, &LifecycleWorker::finished, this, &LifecycleCommand::handleWritten, Qt::SingleShotConnection);
    m_worker->apply(m_journal.get());
}

void LifecycleCommand::handleWritten()
{
    print(true);
    if (m_args.action == LifecycleArgs::Action::AddAbortRule)
        m_err << tr("%1 bucket(s) verified with the abort rule, %2 already covered, %3 not changed or failed. Undo "
                    "with: partsweep-cli lifecycle restore --journal %4\n")
                     .arg(m_worker->count(State::Verified))
                     .arg(m_worker->count(State::Covered))
                     .arg(int(m_worker->buckets().size()) - m_worker->count(State::Verified) -
                          m_worker->count(State::Covered))
                     .arg(m_journal->path());
    else
        m_err << tr("%1 bucket(s) restored and verified, %2 left as they are.\n")
                     .arg(m_worker->count(State::Restored))
                     .arg(int(m_worker->buckets().size()) - m_worker->count(State::Restored));
    m_err.flush();
    QCoreApplication::exit(exitCode());
}

void LifecycleCommand::startRestore()
{
    const Result<LifecycleJournalData> data = LifecycleJournal::load(m_args.journalPath);
    if (!data) {
        m_err << "partsweep-cli: " << Cli::errorText(data.error()) << '\n';
        m_err.flush();
        return QCoreApplication::exit(ExitUsage);
    }
    const QString endpoint = m_client->config().endpoint.toString();
    if (data->endpoint != endpoint) {
        m_err << "partsweep-cli: "
              << tr("change %1 was made on %2, not on %3: connect to the same service to restore it\n")
                     .arg(data->changeId, data->endpoint.isEmpty() ? tr("AWS") : data->endpoint,
                          endpoint.isEmpty() ? tr("AWS") : endpoint);
        m_err.flush();
        return QCoreApplication::exit(ExitUsage);
    }
    // First what would be done (nothing is written), then the question, then the restore.
    connect(
        m_worker, &LifecycleWorker::finished, this,
        [this, journal = *data] {
            if (m_args.dryRun || m_worker->count(State::WouldRestore) == 0) {
                print(true);
                m_err << tr("%1 bucket(s) would be restored; nothing was changed.\n")
                             .arg(m_worker->count(State::WouldRestore));
                m_err.flush();
                return QCoreApplication::exit(exitCode());
            }
            for (const LifecycleWorker::Bucket &b : m_worker->buckets())
                m_err << "  " << Cli::printable(b.name) << ": " << Cli::printable(b.text) << '\n';
            if (!confirm(tr("Restore the lifecycle configuration of %1 bucket(s) to what it was before change %2?")
                             .arg(m_worker->count(State::WouldRestore))
                             .arg(journal.changeId)))
                return;
            m_journal = std::make_unique<LifecycleJournal>();
            if (Result<Unit> opened = m_journal->reopen(journal.path); !opened) {
                m_err << "partsweep-cli: " << Cli::errorText(opened.error()) << tr(" Nothing was changed.\n");
                m_err.flush();
                return QCoreApplication::exit(ExitPartialFailure);
            }
            connect(m_worker, &LifecycleWorker::finished, this, &LifecycleCommand::handleWritten,
                    Qt::SingleShotConnection);
            m_worker->restore(journal, m_journal.get(), false);
        },
        Qt::SingleShotConnection);
    m_worker->restore(*data, nullptr, true);
}

bool LifecycleCommand::confirm(const QString &question)
{
    if (m_args.yes)
        return true;
    switch (Cli::askOnTerminal(m_err, question)) {
    case Cli::Answer::Yes:
        return true;
    case Cli::Answer::NoTerminal:
        m_err << "partsweep-cli: "
              << tr("refusing to change lifecycle rules without confirmation: not on a "
                    "terminal; add --yes (or --dry-run to see what would change)\n");
        m_err.flush();
        QCoreApplication::exit(ExitUsage);
        return false;
    case Cli::Answer::No:
        break;
    }
    m_err << tr("Nothing was changed.\n");
    m_err.flush();
    QCoreApplication::exit(ExitPartialFailure);
    return false;
}

void LifecycleCommand::print(bool withPlanColumn)
{
    Cli::Output output;
    const bool table = m_format == Cli::OutputFormat::Table;
    if (withPlanColumn)
        output.headers = {tr("BUCKET"), tr("STATE"), tr("DETAIL")};
    else
        output.headers = {tr("BUCKET"), tr("ABORT RULE"), tr("RULES")};
    for (const LifecycleWorker::Bucket &b : m_worker->buckets()) {
        const QString state = LifecycleWorker::stateName(b.state);
        const QString rules = b.current.exists ? QString::number(b.current.rules.size()) : QStringLiteral("0");
        const bool readable = b.state != State::Error && b.state != State::NotSupported && b.state != State::Unreadable;
        if (withPlanColumn)
            output.rows.append({b.name, state, table ? Cli::printable(b.text) : b.text});
        else
            output.rows.append(
                {b.name, table ? Cli::printable(b.text) : b.text, readable ? rules : QStringLiteral("-")});
        QJsonObject json{
            {QStringLiteral("bucket"), b.name}, {QStringLiteral("state"), state}, {QStringLiteral("detail"), b.text}};
        if (readable) {
            json.insert(QStringLiteral("rules"), b.current.rules.size());
            json.insert(QStringLiteral("abortRules"), b.current.abortSummary());
            if (const LifecycleRule *whole = b.current.wholeBucketAbortRule())
                json.insert(QStringLiteral("wholeBucketAbortDays"), *whole->abortDays);
        }
        output.json.append(json);
    }
    output.write(m_out, m_format);
    m_out.flush();
}

int LifecycleCommand::exitCode() const
{
    // Nothing reached: every bucket failed for a reason of the connection (as when the bucket
    // list itself cannot be read).
    const QList<LifecycleWorker::Bucket> &buckets = m_worker->buckets();
    const bool unreachable =
        !buckets.isEmpty() && std::all_of(buckets.cbegin(), buckets.cend(), [](const LifecycleWorker::Bucket &b) {
            return b.state == State::Error && b.error &&
                   (b.error->kind == S3Error::Kind::Network || b.error->kind == S3Error::Kind::Timeout ||
                    b.error->kind == S3Error::Kind::Credentials || b.error->kind == S3Error::Kind::Config);
        });
    if (unreachable)
        return ExitConnection;
    for (const LifecycleWorker::Bucket &b : m_worker->buckets()) {
        if (isProblem(b.state) && !(m_args.action == LifecycleArgs::Action::Show && b.state == State::Unreadable))
            return ExitPartialFailure;
    }
    return ExitOk;
}

} // namespace PartSweep
