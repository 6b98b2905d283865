// partsweep: the desktop application.
#include "common/connectionargs.h"
#include "common/unixsignals.h"
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/ssosignin.h"
#include "connectiondialog.h"
#include "gui/cleanupflow.h"
#include "gui/keychainsecretstore.h"
#include "gui/lifecycleflow.h"
#include "mainwindow.h"
#include "mfaprompt.h"
#include "ssosignindialog.h"
#include "util/appinfo.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QUrl>

#include <string_view>

using namespace PartSweep;

namespace {

void setUpParser(QCommandLineParser &parser, const ConnectionArgs &connection)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Find and safely abort pending S3 multipart uploads.\n\n"
                                            "With --profile or --endpoint-url the window opens connected and "
                                            "scans every bucket; the other options refine that connection."));
    parser.addHelpOption();
    parser.addVersionOption();
    connection.addTo(parser);
}

// The connection the command line describes: a profile (or the default chain: environment,
// then "default") with the flags' overrides.
ConnectionSettings settingsFromFlags(const ConnectionArgs::Parsed &flags)
{
    ConnectionSettings settings;
    settings.kind = ConnectionSettings::Kind::Profile;
    settings.profile = flags.connection.profile;
    settings.name = ConnectionSettings::nameForProfile(settings.profile);
    settings.endpointUrl = flags.connection.endpointUrl;
    settings.region = flags.connection.region;
    if (flags.connection.addressingStyle) {
        settings.addressingStyle = *flags.connection.addressingStyle;
        settings.addressingStyleSet = true;
    }
    settings.caBundle = flags.connection.caBundle;
    settings.verifyTls = flags.verifyTls;
    settings.requestPayer = flags.requestPayer;
    settings.expectedBucketOwner = flags.expectedBucketOwner;
    settings.concurrency = flags.concurrency;
    settings.maxAttempts = flags.maxAttempts;
    settings.pricePerGbMonth = flags.pricePerGbMonth;
    return settings;
}

// --help and --version must work where no display is available (a server, a CI job, ssh),
// so they are answered before QApplication tries to open one.
bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppInfo::applyToApplication();
        QCommandLineParser parser;
        const ConnectionArgs connection;
        setUpParser(parser, connection);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(AppInfo::name());
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());
    // The installed theme icon (hicolor, Linux packages) wins; the embedded PNGs serve the
    // tarball, Windows and macOS.
    QIcon fallbackIcon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallbackIcon.addFile(QStringLiteral(":/icons/partsweep-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(AppInfo::applicationId(), fallbackIcon));

    QCommandLineParser parser;
    const ConnectionArgs connectionArgs;
    setUpParser(parser, connectionArgs);
    parser.process(app);
    QString usageError;
    const std::optional<ConnectionArgs::Parsed> flags = connectionArgs.parse(parser, &usageError);
    if (!flags) {
        qCCritical(lcApp, "%s", qUtf8Printable(usageError));
        return 2;
    }

    // Secrets of hand-entered connections live in the OS keychain (or, without one, for this
    // session only); the rest of a connection in QSettings; resolution never blocks the GUI.
    KeychainSecretStore secrets;
    ConnectionStore store;
    ConnectionResolver resolver(QProcessEnvironment::systemEnvironment(), QDir::homePath(), &secrets);
    MainWindow window;
    // A role profile with mfa_serial: the code is asked in a dialog on the GUI thread while the
    // resolving worker waits for it.
    resolver.setMfaPrompt(windowMfaPrompt(&window));
    CleanupFlow cleanup(&window);
    LifecycleFlow lifecycle(&window);

    std::optional<ConnectionSettings> current; // what the window is connected with (or connecting to)
    cleanup.setCredentialsRenewer(
        [&resolver, &current](QObject *context, std::function<void(Result<S3ClientConfig>)> done) {
            if (!current) {
                S3Error error;
                error.kind = S3Error::Kind::Config;
                error.message = QStringLiteral("Not connected");
                return done(error);
            }
            resolver.resolve(*current, context, [done = std::move(done)](Result<ResolvedClient> resolved) {
                if (!resolved)
                    return done(resolved.error());
                done(resolved->config);
            });
        });
    // What storage costs on the open connection: the price set for it (saved, or
    // --price-per-gb-month), else the list prices with the user's own; again when they are saved.
    struct Priced
    {
        QUrl endpoint;
        QString region;
        std::optional<double> pricePerGbMonth;
    };
    std::optional<Priced> priced;
    const auto applyPrices = [&window, &priced] {
        if (!priced)
            return;
        QStringList priceWarnings;
        window.setCostModel(CostModel::forConnection(PriceTable::forThisUser(&priceWarnings), priced->endpoint,
                                                     priced->region, priced->pricePerGbMonth));
        for (const QString &warning : std::as_const(priceWarnings))
            qCWarning(lcApp, "%s", qUtf8Printable(warning));
    };
    QObject::connect(&window, &MainWindow::pricesChanged, &window, applyPrices);
    std::function<void(const ConnectionSettings &)> connectWith;
    int connections = 0; // which connection an answer still arriving belongs to
    // A profile whose IAM Identity Center sign-in is missing or expired: offer to sign in here,
    // then connect again.
    const auto offerSignIn = [&window, &resolver, &connectWith](const ConnectionSettings &settings,
                                                                const S3Error &error) {
        const CredentialResolver credentials = resolver.credentialResolver();
        auto *signIn = new SsoSignIn(credentials, credentials.profileFor(settings.profile));
        auto *dialog = new SsoSignInDialog(signIn, error.toString(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, &window, [&connectWith, settings] { connectWith(settings); });
        dialog->open();
    };
    connectWith = [&window, &resolver, &current, &priced, &connections, applyPrices,
                   offerSignIn](const ConnectionSettings &settings) {
        current = settings;
        const int connection = ++connections;
        window.showConnecting(settings.name);
        const std::optional<double> pricePerGbMonth = settings.pricePerGbMonth;
        resolver.resolve(settings, &window,
                         [&window, &resolver, &priced, &connections, applyPrices, offerSignIn, pricePerGbMonth,
                          settings, connection](Result<ResolvedClient> resolved) {
                             if (connection != connections)
                                 return; // another connection was chosen meanwhile
                             if (!resolved) {
                                 window.showConnectionError(resolved.error().toString());
                                 if (resolved.error().settings.contains(S3Error::Setting::SsoSignIn) &&
                                     settings.kind == ConnectionSettings::Kind::Profile)
                                     offerSignIn(settings, resolved.error());
                                 return;
                             }
                             for (const QString &note : std::as_const(resolved->notes))
                                 qCInfo(lcApp, "connection: %s", qUtf8Printable(note));
                             window.openConnection(resolved->config, resolved->description);
                             priced = Priced{resolved->config.endpoint, resolved->config.region, pricePerGbMonth};
                             applyPrices();
                             // Who these credentials belong to, where the server says (AWS does; many
                             // S3-compatible servers do not, which is no fault of the connection).
                             const QString expiry = describeExpiry(*resolved);
                             window.showIdentity(QString(), expiry);
                             resolver.lookUpIdentity(
                                 *resolved, &window,
                                 [&window, &connections, expiry, connection](Result<Auth::CallerIdentity> identity) {
                                     if (connection != connections)
                                         return;
                                     if (!identity) {
                                         qCInfo(lcApp, "identity not known: %s",
                                                qUtf8Printable(identity.errorString()));
                                         return;
                                     }
                                     window.showIdentity(describeIdentity(*identity), expiry);
                                 });
                         });
    };
    QObject::connect(&window, &MainWindow::connectRequested, &window, [&] {
        auto *dialog = new ConnectionDialog(store, secrets, resolver, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ConnectionDialog::connectionChosen, &window, connectWith);
        dialog->open();
    });

    if (connectionArgs.namesConnection(parser)) {
        connectWith(settingsFromFlags(*flags));
    } else if (const QString last = store.lastUsed(); !last.isEmpty()) {
        // Reopen what the admin used last time (a profile or a saved connection).
        for (const ConnectionSettings &known : resolver.connections(store)) {
            if (known.name == last) {
                connectWith(known);
                break;
            }
        }
    }
    UnixSignals signalHandler;
    QObject::connect(&signalHandler, &UnixSignals::terminationRequested, &window, [&window](int sig) {
        qCInfo(lcApp, "signal %d received, closing", sig);
        window.close();
    });
    window.show();
    qCInfo(lcApp, "main window shown");
    return app.exec();
}
