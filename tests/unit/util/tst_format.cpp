// Human units as the table, the CLI and reports show them.
#include "util/format.h"

#include <QtTest>

using namespace PartSweep;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Keys that a spreadsheet would run as formulas stay text (OWASP); data stays data.
    void csvFieldNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("\"'+cmd|' /C calc'!A0\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("\"'@SUM(1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("\"'\t=1+1\"");
        QTest::newRow("a negative number") << QStringLiteral("-1") << QStringLiteral("-1");
        QTest::newRow("a lone dash") << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("plain key") << QStringLiteral("logs/a=b.gz") << QStringLiteral("logs/a=b.gz");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    }

    void csvFieldNeutralisesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(Format::csvField(value), field);
    }

    void bytes_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("1 KiB") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("5 MiB") << qint64(5) * 1024 * 1024 << QStringLiteral("5.00 MiB");
        QTest::newRow("1.5 GiB") << qint64(3) * 512 * 1024 * 1024 << QStringLiteral("1.50 GiB");
        QTest::newRow("300 GiB") << qint64(300) * 1024 * 1024 * 1024 << QStringLiteral("300.0 GiB");
        QTest::newRow("2 TiB") << qint64(2) * 1024 * 1024 * 1024 * 1024 << QStringLiteral("2.00 TiB");
    }
    void bytes()
    {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::bytes(value), expected);
    }

    void age_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("45 s") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("12 min") << qint64(12 * 60 + 5) << QStringLiteral("12 min");
        QTest::newRow("3 h") << qint64(3 * 3600) << QStringLiteral("3 h");
        QTest::newRow("3 h 5 min") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3 h 5 min");
        QTest::newRow("3 d 4 h") << qint64(3 * 86400 + 4 * 3600 + 59) << QStringLiteral("3 d 4 h");
        QTest::newRow("210 d") << qint64(210 * 86400 + 7200) << QStringLiteral("210 d");
        QTest::newRow("clock ahead") << qint64(-30) << QStringLiteral("0 s");
    }
    void age()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(Format::age(seconds), expected);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("90s") << QStringLiteral("90s") << qint64(90);
        QTest::newRow("30m") << QStringLiteral("30m") << qint64(1800);
        QTest::newRow("36h") << QStringLiteral("36h") << qint64(36 * 3600);
        QTest::newRow("7d") << QStringLiteral("7d") << qint64(7 * 86400);
        QTest::newRow("2w") << QStringLiteral("2w") << qint64(14 * 86400);
        QTest::newRow("bare days") << QStringLiteral("3") << qint64(3 * 86400);
        QTest::newRow("zero") << QStringLiteral("0d") << qint64(0);
        QTest::newRow("garbage") << QStringLiteral("seven days") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("7y") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1d") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(Format::parseDuration(text), seconds);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
