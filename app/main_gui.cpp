// partsweep: the desktop application.
#include "appinfo.h"
#include "logging.h"
#include "mainwindow.h"
#include "unixsignals.h"

#include <QApplication>
#include <QCommandLineParser>

#include <string_view>

using namespace PartSweep;

namespace {

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Find and safely abort pending S3 multipart uploads."));
    parser.addHelpOption();
    parser.addVersionOption();
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
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(AppInfo::name());
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    MainWindow window;
    UnixSignals signalHandler;
    QObject::connect(&signalHandler, &UnixSignals::terminationRequested, &window, [&window](int sig) {
        qCInfo(lcApp, "signal %d received, closing", sig);
        window.close();
    });
    window.show();
    qCInfo(lcApp, "main window shown");
    return app.exec();
}
