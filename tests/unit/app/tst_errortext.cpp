// partsweep-cli names the settings a core hint mentions by its own options; core never does.
#include "cli/clioutput.h"
#include "cli/errortext.h"

#include <QtTest>

using namespace PartSweep;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsGetTheirOptionNames_data()
    {
        QTest::addColumn<S3Error::Setting>("setting");
        QTest::addColumn<QString>("option");
        QTest::newRow("requester pays") << S3Error::Setting::RequesterPays
                                        << QStringLiteral("\"requester pays\" (--request-payer requester)");
        QTest::newRow("CA bundle") << S3Error::Setting::CaBundle
                                   << QStringLiteral("--ca-bundle, AWS_CA_BUNDLE or ca_bundle in the profile");
        QTest::newRow("TLS verification") << S3Error::Setting::TlsVerification << QStringLiteral("--no-verify-ssl");
    }

    void settingsGetTheirOptionNames()
    {
        QFETCH(S3Error::Setting, setting);
        QFETCH(QString, option);
        S3Error error;
        error.kind = S3Error::Kind::Http;
        error.code = QStringLiteral("AccessDenied");
        error.hint = QStringLiteral("Try %1.").arg(S3Error::settingPhrase(setting));
        error.settings = {setting};
        const QString text = Cli::errorText(error);
        QVERIFY2(text.contains(QStringLiteral("Try %1.").arg(option)), qPrintable(text));
        QVERIFY2(!text.contains(S3Error::settingPhrase(setting)), qPrintable(text));
        // The core's words are unchanged where no setting is listed.
        error.settings.clear();
        QVERIFY(Cli::errorText(error).contains(S3Error::settingPhrase(setting)));
    }

    void noControlCharacterReachesTheTerminal();
};

// A hostile server's message (or key) cannot rewrite the terminal: controls and bidirectional
// overrides come out escaped.
void TestErrorText::noControlCharacterReachesTheTerminal()
{
    S3Error error;
    error.kind = S3Error::Kind::Http;
    error.code = QStringLiteral("AccessDenied");
    error.message = QStringLiteral("denied\x1b]0;owned\x07\r\nfake line \u202egnp.exe");
    error.resource = QStringLiteral("bkt/key\x1b[2J");
    const QString text = Cli::errorText(error);
    for (const QChar c : text)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\\x1b]0;owned\\x07\\x0d\\x0a")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\\u202e")), qPrintable(text));
    QCOMPARE(Cli::printable(QStringLiteral("plain/key.txt")), QStringLiteral("plain/key.txt"));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
