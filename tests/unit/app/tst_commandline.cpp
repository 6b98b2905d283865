// The command lines a user types first: --version, --help, and what a wrong command does.
// Runs the real executables with QProcess.
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

#include "util/appinfo.h"

#include <csignal>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = systemEnv())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QProcessEnvironment systemEnv() { return QProcessEnvironment::systemEnvironment(); }

    // No display at all: as on a server or over ssh without X forwarding.
    static QProcessEnvironment headlessEnv()
    {
        QProcessEnvironment env = systemEnv();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("partsweep-cli") << QStringLiteral(PARTSWEEP_CLI_PATH);
        QTest::newRow("partsweep") << QStringLiteral(PARTSWEEP_GUI_PATH);
    }

    void version()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--version")}, headlessEnv());
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(PartSweep::AppInfo::version()), qPrintable(r.out));
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(PartSweep::AppInfo::version()).hasMatch());
    }

    void help_data() { version_data(); }

    void help()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--help")}, headlessEnv());
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
        QVERIFY(r.out.contains(QStringLiteral("multipart uploads")));
    }

    void cliWithoutCommandIsAUsageError()
    {
        const Run r = run(QStringLiteral(PARTSWEEP_CLI_PATH), {});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no command")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void cliUnknownCommandIsAUsageError()
    {
        const Run r = run(QStringLiteral(PARTSWEEP_CLI_PATH), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    void cliUnknownOptionIsAUsageError()
    {
        const Run r = run(QStringLiteral(PARTSWEEP_CLI_PATH), {QStringLiteral("--no-such-option")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
    }

    void cliMaxPagesIsChecked()
    {
        const Run r = run(QStringLiteral(PARTSWEEP_CLI_PATH),
                          {QStringLiteral("uploads"), QStringLiteral("--endpoint-url"),
                           QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--max-pages"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--max-pages must be a number from 1 to 10000000")), qPrintable(r.err));
    }

    // The desktop app starts offscreen, shows its window and closes cleanly on SIGTERM.
    void guiStartsAndClosesOffscreen()
    {
        QProcessEnvironment env = systemEnv();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("partsweep.app.info=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(PARTSWEEP_GUI_PATH), {});
        QVERIFY(p.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += p.readAll()).contains("main window shown"), 20000);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        output += p.readAll();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(output.contains("closing"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
