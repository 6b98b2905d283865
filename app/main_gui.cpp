// partsweep: the desktop application.
#include "appinfo.h"
#include "connectionargs.h"
#include "logging.h"
#include "mainwindow.h"
#include "unixsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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

// "profile prod · eu-west-1 · https://s3.example.com" for the status bar; never a secret.
QString describe(const ResolvedConnection &resolved)
{
    QStringList parts;
    parts << QCoreApplication::translate("main", "profile %1").arg(resolved.profile);
    parts << resolved.region;
    parts << (resolved.endpointUrl.isEmpty() ? QCoreApplication::translate("main", "AWS") : resolved.endpointUrl);
    return parts.join(QStringLiteral(" · "));
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

    MainWindow window;
    if (connectionArgs.namesConnection(parser)) {
        // Resolved before the event loop runs: a credential_process may take a moment, and the
        // window opens already connected.
        const CredentialResolver resolver(QProcessEnvironment::systemEnvironment(), QDir::homePath());
        const Result<ResolvedConnection> resolved = resolver.resolve(flags->connection);
        if (!resolved) {
            window.showConnectionError(resolved.error().toString());
        } else if (resolved->credentials.isEmpty()) {
            window.showConnectionError(QCoreApplication::translate(
                "main", "No credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a "
                        "profile from ~/.aws/credentials."));
        } else {
            window.openConnection(makeClientConfig(*resolved, *flags), describe(*resolved));
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
