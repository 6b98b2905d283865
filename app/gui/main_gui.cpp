// partsweep: the desktop application.
#include "common/connectionargs.h"
#include "common/unixsignals.h"
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "gui/cleanupflow.h"
#include "gui/connectflow.h"
#include "gui/keychainsecretstore.h"
#include "gui/lifecycleflow.h"
#include "inventory/inventorymodel.h"
#include "mainwindow.h"
#include "mfaprompt.h"
#include "translations.h"
#include "util/appinfo.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

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
    settings.maxListingPages = flags.maxListingPages;
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
    // The system's language (LANGUAGE, LC_ALL, LANG; LANGUAGE=en keeps English).
    const QStringList translations = Translations::install(app);
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
    ConnectFlow connecting(&window, store, secrets, resolver);
    cleanup.setCredentialsRenewer(
        [&connecting](QObject *context, auto done) { connecting.renewCredentials(context, std::move(done)); });
    if (connectionArgs.namesConnection(parser))
        connecting.connectWith(settingsFromFlags(*flags));
    else
        connecting.reopenLast();
    // In the log: when the bucket list is complete (scripts/screenshots waits for it).
    QObject::connect(&window, &MainWindow::inventoryScanned, &window,
                     [&window] { qCInfo(lcApp, "inventory scanned: %d bucket(s)", window.inventory()->rowCount()); });
    UnixSignals signalHandler;
    QObject::connect(&signalHandler, &UnixSignals::terminationRequested, &window, [&window](int sig) {
        qCInfo(lcApp, "signal %d received, closing", sig);
        window.close();
    });
    window.show();
    qCInfo(lcApp, "main window shown; translations: %s",
           translations.isEmpty() ? "none" : qUtf8Printable(translations.join(QStringLiteral(", "))));
    return app.exec();
}
