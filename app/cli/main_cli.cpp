// partsweep-cli: the command-line tool, on the same core as the desktop application.
// Needs no display (QCoreApplication only).
#include "auth/credentials.h"
#include "cli/abortcommand.h"
#include "cli/clioutput.h"
#include "cli/errortext.h"
#include "cli/lifecyclecommand.h"
#include "common/connectionargs.h"
#include "common/unixsignals.h"
#include "inventory/uploadscan.h"
#include "pricing/pricetable.h"
#include "s3/s3client.h"
#include "util/appinfo.h"
#include "util/format.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace PartSweep;
using Cli::OutputFormat;

namespace {

using enum Cli::ExitCode;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const char *const CommandHelp =
    "Commands:\n"
    "  buckets   list the buckets with their region and creation date\n"
    "  uploads   list pending multipart uploads (--bucket, --prefix, --older-than, --sizes)\n"
    "  abort     abort the selected uploads and verify they are gone (same selection; --dry-run,\n"
    "            --yes, --min-age, --max-aborts, --no-verify, --report, --resume)\n"
    "  jobs      list unfinished abort jobs that --resume can complete\n"
    "  report JOURNAL...  the report of a job from its journal (--report FILE, --output); with --merge,\n"
    "            one report of the journals of a cleanup spread over shards (abort --shard K/N)\n"
    "  sso-login sign in to IAM Identity Center for --profile (as `aws sso login`; shared with it)\n"
    "  lifecycle show              the abort rule in force per bucket (--bucket)\n"
    "  lifecycle add-abort-rule    add a rule aborting incomplete uploads after --days N (default 7),\n"
    "                              keeping every existing rule (--bucket, --dry-run, --yes)\n"
    "  lifecycle restore           undo such a change (--journal FILE, --dry-run, --yes)\n";

struct Options
{
    ConnectionArgs connection;
    QCommandLineOption output{QStringLiteral("output"), tr("table, json or csv (default: table)."), tr("format"),
                              QStringLiteral("table")};
    QCommandLineOption bucket{QStringLiteral("bucket"), tr("Only this bucket (repeatable)."), tr("name")};
    QCommandLineOption prefix{QStringLiteral("prefix"), tr("Only keys starting with this prefix."), tr("prefix")};
    QCommandLineOption olderThan{QStringLiteral("older-than"),
                                 tr("Only uploads initiated longer ago than this (e.g. 36h, 7d, 2w)."), tr("age")};
    QCommandLineOption sizes{QStringLiteral("sizes"), tr("Also list parts: part count and size of each upload.")};
    QCommandLineOption merge{QStringLiteral("merge"),
                             tr("report: merge the journals of one cleanup's shards into one report.")};
    AbortArgs abort;
    LifecycleArgs lifecycle;

    void addTo(QCommandLineParser &parser) const
    {
        connection.addTo(parser);
        parser.addOptions({output, bucket, prefix, olderThan, sizes, merge});
        abort.addTo(parser);
        lifecycle.addTo(parser);
    }
};

class Command : public QObject
{
public:
    Command(S3Client *client, OutputFormat format)
        : m_client(client)
        , m_format(format)
        , m_out(stdout)
        , m_err(stderr)
    {}
    virtual void start() = 0;
    virtual void cancel() { QCoreApplication::exit(ExitPartialFailure); }

protected:
    S3Client *m_client;
    OutputFormat m_format;
    QTextStream m_out;
    QTextStream m_err;

    // A failure before anything could be listed: credentials, endpoint, network.
    void failConnection(const S3Error &error)
    {
        m_err << "partsweep-cli: " << Cli::errorText(error) << '\n';
        m_err.flush();
        QCoreApplication::exit(ExitConnection);
    }
};

class BucketsCommand final : public Command
{
public:
    using Command::Command;

    void start() override
    {
        m_client->listBuckets(this, [this](Result<QList<BucketInfo>> buckets) {
            if (!buckets)
                return failConnection(buckets.error());
            m_buckets = buckets.value();
            m_pending = int(m_buckets.size());
            if (m_pending == 0)
                return print();
            for (qsizetype i = 0; i < m_buckets.size(); ++i) {
                if (!m_buckets[i].region.isEmpty()) {
                    --m_pending;
                    continue;
                }
                m_client->bucketRegion(m_buckets[i].name, this, [this, i](Result<QString> region) {
                    m_buckets[i].region = region ? region.value() : QString();
                    if (--m_pending == 0)
                        print();
                });
            }
            if (m_pending == 0)
                print();
        });
    }

private:
    void print()
    {
        Cli::Output output;
        output.headers = {tr("BUCKET"), tr("REGION"), tr("CREATED")};
        for (const BucketInfo &b : std::as_const(m_buckets)) {
            output.rows.append({b.name, b.region, Format::timestamp(b.creationDate)});
            output.json.append(QJsonObject{{QStringLiteral("name"), b.name},
                                           {QStringLiteral("region"), b.region},
                                           {QStringLiteral("created"), Format::timestamp(b.creationDate)}});
        }
        output.write(m_out, m_format);
        QCoreApplication::exit(ExitOk);
    }

    QList<BucketInfo> m_buckets;
    int m_pending = 0;
};

class UploadsCommand final : public Command
{
public:
    UploadsCommand(S3Client *client, OutputFormat format, UploadScan::Options options, qint64 olderThanSeconds,
                   CostModel cost)
        : Command(client, format)
        , m_cost(std::move(cost))
        , m_withSizes(options.sizes)
        , m_scan(new UploadScan(client, std::move(options), this))
        , m_olderThan(olderThanSeconds)
    {
        connect(m_scan, &UploadScan::finished, this, &UploadsCommand::print);
    }

    void start() override { m_scan->start(); }
    void cancel() override
    {
        m_err << "partsweep-cli: interrupted; printing what was listed so far\n";
        m_interrupted = true;
        m_scan->cancel();
    }

private:
    void print()
    {
        if (m_scan->fatalError())
            return failConnection(*m_scan->fatalError());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<const UploadScan::Sized *> rows;
        for (const UploadScan::Sized &s : m_scan->uploads()) {
            if (m_olderThan > 0 && s.upload.initiated.secsTo(now) < m_olderThan)
                continue;
            rows.append(&s);
        }
        std::sort(rows.begin(), rows.end(), [](const UploadScan::Sized *a, const UploadScan::Sized *b) {
            return std::tie(a->upload.bucket, a->upload.key, a->upload.initiated, a->upload.uploadId) <
                   std::tie(b->upload.bucket, b->upload.key, b->upload.initiated, b->upload.uploadId);
        });

        Cli::Output output;
        output.headers = {tr("BUCKET"), tr("KEY"),  tr("UPLOAD ID"),     tr("INITIATED"), tr("AGE"),
                          tr("PARTS"),  tr("SIZE"), tr("STORAGE CLASS"), tr("INITIATOR")};
        const bool withCost = m_withSizes && m_cost.hasPrices();
        if (withCost)
            output.headers << tr("COST/MONTH") << tr("COST SO FAR (EST.)");
        qint64 totalBytes = 0;
        double totalCost = 0;
        double totalSoFar = 0;
        for (const UploadScan::Sized *s : std::as_const(rows)) {
            const UploadInfo &u = s->upload;
            const qint64 ageSeconds = u.initiated.secsTo(now);
            QString parts = QStringLiteral("-"), size = QStringLiteral("-");
            QJsonObject json{{QStringLiteral("bucket"), u.bucket},
                             {QStringLiteral("key"), u.key},
                             {QStringLiteral("uploadId"), u.uploadId},
                             {QStringLiteral("initiated"), Format::timestamp(u.initiated)},
                             {QStringLiteral("ageSeconds"), ageSeconds},
                             {QStringLiteral("storageClass"), u.storageClass},
                             {QStringLiteral("initiator"),
                              u.initiator.displayName.isEmpty() ? u.initiator.id : u.initiator.displayName}};
            if (s->parts) {
                parts = QString::number(s->parts->parts.size());
                size = m_format == OutputFormat::Table ? Format::bytes(s->parts->totalBytes)
                                                       : QString::number(s->parts->totalBytes);
                totalBytes += s->parts->totalBytes;
                json.insert(QStringLiteral("parts"), s->parts->parts.size());
                json.insert(QStringLiteral("size"), s->parts->totalBytes);
                if (s->parts->abortDate.isValid())
                    json.insert(QStringLiteral("abortDate"), Format::timestamp(s->parts->abortDate));
                if (const std::optional<double> cost = m_cost.monthly(s->parts->totalBytes, u.storageClass)) {
                    const double soFar = costSoFar(*cost, ageSeconds);
                    totalCost += *cost;
                    totalSoFar += soFar;
                    json.insert(QStringLiteral("costPerMonthUsd"), *cost);
                    json.insert(QStringLiteral("costSoFarUsdEstimate"), soFar);
                }
            } else if (s->partsError) {
                parts = size = QStringLiteral("?");
                json.insert(QStringLiteral("partsError"), Cli::errorText(*s->partsError));
            }
            const bool table = m_format == OutputFormat::Table;
            QStringList row{u.bucket,
                            table ? Cli::printable(u.key) : u.key,
                            u.uploadId,
                            Format::timestamp(u.initiated),
                            table ? Format::age(ageSeconds) : QString::number(ageSeconds),
                            parts,
                            size,
                            u.storageClass,
                            json.value(QStringLiteral("initiator")).toString()};
            if (withCost) {
                for (const QString &name :
                     {QStringLiteral("costPerMonthUsd"), QStringLiteral("costSoFarUsdEstimate")}) {
                    const QJsonValue cost = json.value(name);
                    row << (cost.isUndefined() ? QStringLiteral("-")
                            : table            ? formatMoney(cost.toDouble())
                                               : QString::number(cost.toDouble(), 'g', 6));
                }
            }
            output.rows.append(row);
            output.json.append(json);
        }
        output.write(m_out, m_format);

        int failedBuckets = 0;
        for (const ListingOutcome &o : m_scan->outcomes()) {
            if (o.error && o.error->kind != S3Error::Kind::Cancelled) {
                ++failedBuckets;
                m_err << "partsweep-cli: " << Cli::printable(o.bucket) << ": " << Cli::errorText(*o.error) << '\n';
            }
            for (const QString &warning : o.warnings)
                m_err << "partsweep-cli: " << Cli::printable(o.bucket) << ": warning: " << warning << '\n';
        }
        int failedSizes = 0;
        for (const UploadScan::Sized &s : m_scan->uploads()) {
            if (s.partsError && ++failedSizes <= 5)
                m_err << "partsweep-cli: " << Cli::printable(s.upload.bucket) << '/' << Cli::printable(s.upload.key)
                      << ": " << Cli::errorText(*s.partsError) << '\n';
        }
        if (failedSizes > 5)
            m_err << "partsweep-cli: ... and " << failedSizes - 5 << " more uploads whose parts could not be listed\n";
        m_err << tr("%1 pending upload(s) in %2 bucket(s)").arg(rows.size()).arg(m_scan->buckets().size());
        if (m_withSizes) {
            m_err << tr(", %1 in parts").arg(Format::bytes(totalBytes));
            // Sizes not listed are not counted as $0: the estimate covers what is known.
            if (m_cost.hasPrices())
                m_err << tr(", %1 a month, %2 so far (an estimate: parts at their size now since each upload "
                            "began) (%3)")
                             .arg(formatMoneyEstimate(totalCost), formatMoneyEstimate(totalSoFar), m_cost.describe());
            else
                m_err << tr("; cost: %1 (--price-per-gb-month sets one)").arg(m_cost.describe());
        }
        if (failedBuckets > 0)
            m_err << tr("; %1 bucket(s) could not be listed").arg(failedBuckets);
        m_err << '\n';
        m_err.flush();
        QCoreApplication::exit(reachedNothing()                         ? ExitConnection
                               : m_scan->hasFailures() || m_interrupted ? ExitPartialFailure
                                                                        : ExitOk);
    }

    // Every bucket failed for a reason of the connection (network, TLS, timeout, configuration):
    // nothing was reached, as when the bucket list itself cannot be read.
    bool reachedNothing() const
    {
        const QList<ListingOutcome> &outcomes = m_scan->outcomes();
        if (outcomes.isEmpty())
            return false;
        return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const ListingOutcome &o) {
            return o.error && (o.error->kind == S3Error::Kind::Network || o.error->kind == S3Error::Kind::Timeout ||
                               o.error->kind == S3Error::Kind::Config || o.error->kind == S3Error::Kind::Credentials);
        });
    }

    CostModel m_cost;
    bool m_withSizes;
    UploadScan *m_scan;
    qint64 m_olderThan;
    bool m_interrupted = false;
};

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "partsweep-cli: " << message << '\n' << tr("Run 'partsweep-cli --help' for the commands and options.\n");
    return ExitUsage;
}

// sso-login: the device authorization of `aws sso login --use-device-code`, on the terminal.
int signInToIdentityCenter(QString profile)
{
    QTextStream err(stderr);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (profile.isEmpty())
        profile = env.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    const CredentialResolver resolver(env, QDir::homePath());
    const Result<Auth::Sso::Settings> settings = resolver.ssoSettings(profile);
    if (!settings) {
        err << "partsweep-cli: " << Cli::errorText(settings.error()) << '\n';
        return Cli::ExitUsage;
    }
    const Result<Auth::Sso::DeviceSignIn> signIn =
        Auth::Sso::startSignIn(*settings, profile, QDateTime::currentDateTimeUtc());
    if (!signIn) {
        err << "partsweep-cli: " << Cli::errorText(signIn.error()) << '\n';
        return Cli::ExitConnection;
    }
    err << tr("To sign in, open this page in a browser:\n  %1\nand check that it shows the code %2. Waiting for "
              "the approval...\n")
               .arg(signIn->verificationUriComplete.isEmpty() ? signIn->verificationUri
                                                              : signIn->verificationUriComplete,
                    signIn->userCode);
    err.flush();
    const Result<Auth::Sso::Token> token =
        Auth::Sso::finishSignIn(*settings, *signIn, resolver.ssoCacheDir(), profile, [] { return false; });
    if (!token) {
        err << "partsweep-cli: " << Cli::errorText(token.error()) << '\n';
        return Cli::ExitConnection;
    }
    err << tr("Signed in for profile %1 until %2 UTC (shared with the AWS CLI).\n")
               .arg(profile, token->expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return Cli::ExitOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find and safely abort pending S3 multipart uploads.\n\n") + tr(CommandHelp));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const Options o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."),
                                 QStringLiteral("<command> [options]"));

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << AppInfo::version() << '\n';
        return ExitOk;
    }

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("no command given\n") + tr(CommandHelp).trimmed());
    const QString command = args.first();
    if (command != u"buckets" && command != u"uploads" && command != u"abort" && command != u"jobs" &&
        command != u"lifecycle" && command != u"sso-login" && command != u"report")
        return usageError(tr("unknown command '%1'\n").arg(command) + tr(CommandHelp).trimmed());
    const qsizetype words = command == u"lifecycle" ? 2 : 1;
    if (command != u"report" && args.size() > words)
        return usageError(tr("unexpected argument '%1'").arg(args.at(words)));
    if (command != u"report" && parser.isSet(o.merge))
        return usageError(tr("--merge applies only to 'report'"));

    // --- options ---
    OutputFormat format = OutputFormat::Table;
    const QString outputName = parser.value(o.output);
    if (outputName == u"json")
        format = OutputFormat::Json;
    else if (outputName == u"csv")
        format = OutputFormat::Csv;
    else if (outputName != u"table")
        return usageError(tr("--output must be table, json or csv, not '%1'").arg(outputName));

    // --dry-run and --yes serve lifecycle too; the other abort options do not.
    QStringList abortOnly = o.abort.setNames(parser);
    if (command == u"lifecycle")
        abortOnly.removeIf([](const QString &name) { return name == u"dry-run" || name == u"yes"; });
    if (command == u"report")
        abortOnly.removeIf([](const QString &name) { return name == u"report"; });
    if (command != u"abort" && !abortOnly.isEmpty())
        return usageError(tr("--%1 applies only to 'abort'").arg(abortOnly.first()));
    if (command != u"lifecycle" && !o.lifecycle.setNames(parser).isEmpty())
        return usageError(tr("--%1 applies only to 'lifecycle'").arg(o.lifecycle.setNames(parser).first()));
    std::optional<LifecycleArgs::Parsed> lifecycleArgs;
    if (command == u"lifecycle") {
        QString lifecycleError;
        lifecycleArgs = o.lifecycle.parse(parser, args.value(1), &lifecycleError);
        if (!lifecycleArgs)
            return usageError(lifecycleError);
        for (const QCommandLineOption *uploadOnly : {&o.prefix, &o.olderThan, &o.sizes}) {
            if (parser.isSet(*uploadOnly))
                return usageError(tr("--%1 does not apply to 'lifecycle'").arg(uploadOnly->names().first()));
        }
        lifecycleArgs->buckets = parser.values(o.bucket);
        lifecycleArgs->dryRun = parser.isSet(o.abort.dryRun);
        lifecycleArgs->yes = parser.isSet(o.abort.yes);
        if (lifecycleArgs->action == LifecycleArgs::Action::Restore && !lifecycleArgs->buckets.isEmpty())
            return usageError(tr("--bucket does not go with lifecycle restore: the journal names the buckets"));
    }
    if (command == u"jobs")
        return listUnfinishedJobs(format);
    if (command == u"report") {
        const QStringList journals = args.mid(1);
        if (journals.isEmpty())
            return usageError(tr("report needs the journal(s) of the job: partsweep-cli report JOURNAL... (see "
                                 "'partsweep-cli jobs')"));
        if (journals.size() > 1 && !parser.isSet(o.merge))
            return usageError(tr("several journals make one report only with --merge"));
        for (const QCommandLineOption *selection : {&o.bucket, &o.prefix, &o.olderThan, &o.sizes}) {
            if (parser.isSet(*selection))
                return usageError(tr("--%1 does not apply to 'report': the journals hold the selection")
                                      .arg(selection->names().first()));
        }
        QString reportError;
        const std::optional<ConnectionArgs::Parsed> reportFlags = o.connection.parse(parser, &reportError);
        if (!reportFlags)
            return usageError(reportError);
        const QString reportPath = parser.value(o.abort.report);
        if (!isReportFileName(reportPath))
            return usageError(tr("--report must name a .json or .csv file"));
        return writeJobReport(journals, parser.isSet(o.merge), reportPath, format, reportFlags->pricePerGbMonth);
    }

    QString flagError;
    const std::optional<ConnectionArgs::Parsed> flags = o.connection.parse(parser, &flagError);
    if (!flags)
        return usageError(flagError);
    if (command == u"sso-login")
        return signInToIdentityCenter(flags->connection.profile);
    std::optional<AbortArgs::Parsed> abortArgs;
    if (command == u"abort") {
        abortArgs = o.abort.parse(parser, &flagError);
        if (!abortArgs)
            return usageError(flagError);
        if (!abortArgs->resumePath.isEmpty()) {
            for (const QCommandLineOption *selection : {&o.bucket, &o.prefix, &o.olderThan, &o.sizes}) {
                if (parser.isSet(*selection))
                    return usageError(tr("--%1 does not go with --resume: the journal holds the selection")
                                          .arg(selection->names().first()));
            }
            // The job's own options are checked against its journal (CleanupPlanner::resumeOptions).
            if (parser.isSet(o.connection.requestPayer))
                abortArgs->resume.requestPayer = flags->requestPayer;
            if (parser.isSet(o.connection.expectedOwner))
                abortArgs->resume.expectedBucketOwner = flags->expectedBucketOwner;
            if (parser.isSet(o.connection.concurrency))
                abortArgs->resume.concurrency = std::min(flags->concurrency, 64);
        }
    }

    qint64 olderThan = 0;
    if (parser.isSet(o.olderThan)) {
        olderThan = Format::parseDuration(parser.value(o.olderThan));
        if (olderThan < 0)
            return usageError(
                tr("--older-than takes an age such as 36h, 7d or 2w, not '%1'").arg(parser.value(o.olderThan)));
    }
    if (command == u"buckets") {
        for (const QCommandLineOption *uploadOnly : {&o.bucket, &o.prefix, &o.olderThan, &o.sizes}) {
            if (parser.isSet(*uploadOnly))
                return usageError(tr("--%1 does not apply to 'buckets'").arg(uploadOnly->names().first()));
        }
    }

    // --- credentials, as the AWS CLI resolves them ---
    CredentialResolver resolver(QProcessEnvironment::systemEnvironment(), QDir::homePath());
    resolver.setMfaPrompt(Cli::askMfaCode);
    const Result<ResolvedConnection> resolved = resolver.resolve(flags->connection);
    if (!resolved) {
        err << "partsweep-cli: " << Cli::errorText(resolved.error()) << '\n';
        return ExitConnection;
    }
    if (resolved->credentials.isEmpty()) {
        err << "partsweep-cli: "
            << tr("no credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use --profile "
                  "with a profile from ~/.aws/credentials\n");
        return ExitConnection;
    }
    S3Client client(makeClientConfig(*resolved, *flags));
    if (const QString warning = securityWarning(client.config()); !warning.isEmpty())
        err << "partsweep-cli: " << tr("warning: ") << warning << " (--no-verify-ssl)\n";
    err.flush();

    QStringList priceWarnings;
    const CostModel cost = CostModel::forConnection(PriceTable::forThisUser(&priceWarnings), client.config().endpoint,
                                                    client.config().region, flags->pricePerGbMonth);
    for (const QString &warning : std::as_const(priceWarnings))
        err << "partsweep-cli: " << tr("warning: ") << warning << '\n';

    if (command == u"abort") {
        AbortCommand::Selection selection;
        selection.buckets = parser.values(o.bucket);
        selection.prefix = parser.value(o.prefix);
        selection.olderThanSeconds = olderThan;
        selection.sizes = parser.isSet(o.sizes);
        CleanupOptions base;
        base.concurrency = std::min(flags->concurrency, 64);
        base.requestPayer = flags->requestPayer;
        base.expectedBucketOwner = flags->expectedBucketOwner;
        auto *abort = new AbortCommand(&client, format, selection, *abortArgs, base, &client);
        abort->setCostModel(cost);
        UnixSignals signalHandler;
        QObject::connect(&signalHandler, &UnixSignals::terminationRequested, abort, [abort](int) { abort->cancel(); });
        QTimer::singleShot(0, abort, [abort] { abort->start(); });
        return app.exec();
    }

    if (command == u"lifecycle") {
        auto *lifecycle = new LifecycleCommand(&client, format, *lifecycleArgs, &client);
        QTimer::singleShot(0, lifecycle, [lifecycle] { lifecycle->start(); });
        return app.exec();
    }

    Command *run = nullptr;
    if (command == u"buckets") {
        run = new BucketsCommand(&client, format);
    } else {
        UploadScan::Options scan;
        scan.buckets = parser.values(o.bucket);
        scan.prefix = parser.value(o.prefix);
        scan.sizes = parser.isSet(o.sizes);
        run = new UploadsCommand(&client, format, scan, olderThan, cost);
    }
    run->setParent(&client);

    UnixSignals signalHandler;
    QObject::connect(&signalHandler, &UnixSignals::terminationRequested, run, [run](int) { run->cancel(); });
    QTimer::singleShot(0, run, [run] { run->start(); });
    return app.exec();
}
