// Signing in to IAM Identity Center from the window: the dialog shows the code, opens the
// service's page in the browser (captured here through QDesktopServices' URL handler), waits for
// the approval and leaves the token where `aws sso login` leaves it; Cancel stops waiting; a
// service that cannot be reached is said in words and can be tried again. IAM Identity Center is
// FakeIdentityCenter (a FAKE: it exists only at AWS).
#include "auth/credentials.h"
#include "connection/ssosignin.h"
#include "fakeidentitycenter.h"
#include "ssosignindialog.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace PartSweep::Test;

class TestSsoSignInDialog : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openBrowser(const QUrl &url) { m_opened << url; }

private Q_SLOTS:
    void init()
    {
        m_opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openBrowser");
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_sso = std::make_unique<FakeIdentityCenter>(*m_server);
        QDir().mkpath(m_home->filePath(QStringLiteral(".aws")));
        QFile config(m_home->filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Admin\n"
                     "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n");
    }
    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_sso.reset();
        m_server.reset();
        m_home.reset();
    }

    void signingInShowsTheCodeOpensThePageAndCachesTheToken()
    {
        SsoSignInDialog dialog(new SsoSignIn(resolver(m_server->endpoint()), QStringLiteral("dev")),
                               QStringLiteral("The sign-in of profile 'dev' expired."));
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        QVERIFY(m_opened.isEmpty()); // nothing happens before the user asks
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.codeLabel()->text(), QStringLiteral("ABCD-EFGH"));
        QVERIFY(dialog.codeLabel()->isVisible());
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://device.sso/?user_code=ABCD-EFGH"))});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(m_sso->polls, 2);
        // Where `aws sso login` would have put it, so the next connect (and the AWS CLI) use it.
        const QString cached = m_home->filePath(
            QStringLiteral(".aws/sso/cache/%1.json")
                .arg(QString::fromLatin1(QCryptographicHash::hash("corp", QCryptographicHash::Sha1).toHex())));
        QVERIFY2(QFile::exists(cached), qPrintable(cached));
        ConnectionOptions options;
        options.profile = QStringLiteral("dev");
        const Result<ResolvedConnection> resolved = resolver(m_server->endpoint()).resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIASSO"));
    }

    void cancelStopsWaiting()
    {
        SsoSignInDialog dialog(new SsoSignIn(resolver(m_server->endpoint()), QStringLiteral("dev")), QString());
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.codeLabel()->text(), QStringLiteral("ABCD-EFGH"));
        dialog.reject();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const int polls = m_sso->polls;
        QTest::qWait(2500); // more than two poll intervals of the fake
        QCOMPARE(m_sso->polls, polls);
    }

    void unreachableServiceIsSaidAndCanBeTriedAgain()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:1"));
        SsoSignInDialog dialog(new SsoSignIn(resolver(nowhere), QStringLiteral("dev")), QString());
        dialog.show();
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().startsWith(QStringLiteral("Not signed in:")), 20000);
        QVERIFY(dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("&Try again"));
        QVERIFY(dialog.isVisible());
        QVERIFY(m_opened.isEmpty());
    }

private:
    CredentialResolver resolver(const QUrl &services) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), services.toString());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), services.toString());
        return CredentialResolver(env, m_home->path());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FaultyS3Server> m_server;
    std::unique_ptr<FakeIdentityCenter> m_sso;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestSsoSignInDialog)
#include "tst_ssosignindialog.moc"
