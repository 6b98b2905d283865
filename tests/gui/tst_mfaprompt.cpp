// The MFA code dialog of the window: asked from the worker thread that resolves a role profile,
// answered on the GUI thread; a code typed is handed back, Cancel or an empty code is an error in
// words, and a window closed before the question is run answers with an error (no crash, no hang).
#include "mfaprompt.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace PartSweep;

namespace {

// Runs the prompt on a worker thread, as the connection resolver does.
class Asker
{
public:
    explicit Asker(CredentialResolver::MfaPrompt prompt)
    {
        m_thread.reset(QThread::create([this, prompt = std::move(prompt)] {
            result.emplace(prompt(QStringLiteral("admin"), QStringLiteral("arn:aws:iam::123456789012:mfa/me")));
        }));
        m_thread->start();
    }
    ~Asker() { m_thread->wait(); }
    bool finished() const { return m_thread->isFinished(); }
    std::optional<Result<QString>> result;

private:
    std::unique_ptr<QThread> m_thread;
};

QInputDialog *openDialog()
{
    return qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
}

// Does `act` with the dialog once it is open: the dialog runs its own event loop (inside the
// question posted by the worker), so the test acts from a timer of that loop.
void whenTheDialogOpens(QObject *context, std::function<void(QInputDialog *)> act)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act = std::move(act)] {
        if (QInputDialog *dialog = openDialog()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start(20);
}

} // namespace

class TestMfaPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeTypedIsHandedToTheWorker()
    {
        QWidget window;
        window.show();
        QString label;
        whenTheDialogOpens(this, [&label](QInputDialog *dialog) {
            label = dialog->labelText();
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral(" 123456 "));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        Asker asker(windowMfaPrompt(&window));
        QTRY_VERIFY(asker.finished());
        QVERIFY2(asker.result->ok(), qPrintable(asker.result->errorString()));
        QCOMPARE(asker.result->value(), QStringLiteral("123456"));
        QVERIFY2(label.contains(QStringLiteral("arn:aws:iam::123456789012:mfa/me")), qPrintable(label));
    }

    void cancelIsAnErrorInWords()
    {
        QWidget window;
        window.show();
        whenTheDialogOpens(this, [](QInputDialog *dialog) { dialog->reject(); });
        Asker asker(windowMfaPrompt(&window));
        QTRY_VERIFY(asker.finished());
        QVERIFY(!asker.result->ok());
        QCOMPARE(asker.result->error().kind, S3Error::Kind::Credentials);
        QVERIFY2(asker.result->errorString().contains(QStringLiteral("No MFA code was entered for profile 'admin'")),
                 qPrintable(asker.result->errorString()));
    }

    void windowGoneBeforeTheQuestionAnswersWithAnError()
    {
        auto *window = new QWidget;
        const CredentialResolver::MfaPrompt prompt = windowMfaPrompt(window);
        delete window; // closed while the worker was still resolving
        Asker asker(prompt);
        QTRY_VERIFY(asker.finished());
        QVERIFY(!asker.result->ok());
        QVERIFY(!openDialog());
    }
};

QTEST_MAIN(TestMfaPrompt)
#include "tst_mfaprompt.moc"
