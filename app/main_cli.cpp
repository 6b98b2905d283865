// partsweep-cli: the command-line tool, on the same core as the desktop application.
// Needs no display (QCoreApplication only).
#include "appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace PartSweep;

namespace {

// Exit codes are part of the CLI's contract (scripts test them).
enum ExitCode : int
{
    ExitOk = 0,
    ExitPartialFailure = 1,
    ExitUsage = 2,
    ExitConnection = 3,
};

QString commandSummary()
{
    return QCoreApplication::translate("cli", "Commands:\n"
                                              "  (none yet: the S3 commands arrive with the S3 core)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Find and safely abort pending S3 multipart uploads.\n\n") +
        commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do."),
                                 QStringLiteral("<command> [options]"));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << QCoreApplication::translate("cli", "partsweep-cli: no command given\n") << commandSummary()
            << QCoreApplication::translate("cli", "Run 'partsweep-cli --help' for the options.\n");
        return ExitUsage;
    }
    err << QCoreApplication::translate("cli", "partsweep-cli: unknown command '%1'\n").arg(args.first())
        << commandSummary();
    return ExitUsage;
}
