// Retry decisions of the standard mode, with an injected random source.
#include "s3/retrypolicy.h"

#include <QtTest>

using PartSweep::RetryPolicy;
using Failure = PartSweep::RetryPolicy::Failure;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("200") << 200 << QString() << int(Failure::None);
        QTest::newRow("204") << 204 << QString() << int(Failure::None);
        QTest::newRow("no answer") << 0 << QString() << int(Failure::Network);
        QTest::newRow("500") << 500 << QStringLiteral("InternalError") << int(Failure::ServerError);
        QTest::newRow("502 without body") << 502 << QString() << int(Failure::ServerError);
        QTest::newRow("503 SlowDown") << 503 << QStringLiteral("SlowDown") << int(Failure::Throttled);
        QTest::newRow("504") << 504 << QString() << int(Failure::ServerError);
        QTest::newRow("429") << 429 << QString() << int(Failure::Throttled);
        QTest::newRow("400 RequestTimeout") << 400 << QStringLiteral("RequestTimeout") << int(Failure::ServerError);
        QTest::newRow("400 ThrottlingException")
            << 400 << QStringLiteral("ThrottlingException") << int(Failure::Throttled);
        QTest::newRow("403 AccessDenied") << 403 << QStringLiteral("AccessDenied") << int(Failure::Fatal);
        QTest::newRow("404 NoSuchUpload") << 404 << QStringLiteral("NoSuchUpload") << int(Failure::Fatal);
        QTest::newRow("400 InvalidArgument") << 400 << QStringLiteral("InvalidArgument") << int(Failure::Fatal);
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, expected);
        QCOMPARE(int(RetryPolicy::classify(status, code)), expected);
    }

    // Full jitter: random(0,1) * min(base * 2^(attempt-1), 20 s).
    void backoffIsFullJitterCappedAt20s()
    {
        double r = 1.0;
        RetryPolicy policy({.maxAttempts = 10, .budget = 1000}, [&r] { return r; });
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 1), 1000);
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 2), 2000);
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 3), 4000);
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 5), 16000);
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 6), 20000);
        QCOMPARE(policy.nextDelayMs(Failure::Throttled, 9), 20000);
        r = 0.25;
        QCOMPARE(policy.nextDelayMs(Failure::ServerError, 3), 1000);
        r = 0.0;
        QCOMPARE(policy.nextDelayMs(Failure::Network, 2), 0);
    }

    void neverRetriesFatalOrPastMaxAttempts()
    {
        RetryPolicy policy({.maxAttempts = 3}, [] { return 0.5; });
        QVERIFY(!policy.nextDelayMs(Failure::Fatal, 1));
        QVERIFY(!policy.nextDelayMs(Failure::None, 1));
        QVERIFY(policy.nextDelayMs(Failure::ServerError, 1));
        QVERIFY(policy.nextDelayMs(Failure::ServerError, 2));
        QVERIFY(!policy.nextDelayMs(Failure::ServerError, 3)); // the third attempt was the last
    }

    // The budget: 500 tokens, 5 a retry, 10 after a timeout; an empty budget stops retries,
    // successes refill it.
    void budgetStopsRetryingADeadServiceAndRefills()
    {
        RetryPolicy policy({.maxAttempts = 3}, [] { return 0.0; });
        QCOMPARE(policy.budgetLeft(), 500);
        int retries = 0;
        while (policy.nextDelayMs(Failure::ServerError, 1))
            ++retries;
        QCOMPARE(retries, 100);
        QCOMPARE(policy.budgetLeft(), 0);
        QVERIFY(!policy.nextDelayMs(Failure::Throttled, 1));

        policy.recordSuccess(0); // a success without retries gives back one token
        QCOMPARE(policy.budgetLeft(), 1);
        policy.recordSuccess(10); // a success after retries gives back what they took
        QCOMPARE(policy.budgetLeft(), 11);
        QVERIFY(policy.nextDelayMs(Failure::Timeout, 1)); // costs 10
        QCOMPARE(policy.budgetLeft(), 1);
        QVERIFY(!policy.nextDelayMs(Failure::Timeout, 1));

        for (int i = 0; i < 1000; ++i)
            policy.recordSuccess(0);
        QCOMPARE(policy.budgetLeft(), 500); // never above the initial budget
    }

    void costTakenIsReported()
    {
        RetryPolicy policy({}, [] { return 0.0; });
        int taken = 0;
        QVERIFY(policy.nextDelayMs(Failure::Throttled, 1, &taken));
        QVERIFY(policy.nextDelayMs(Failure::Timeout, 2, &taken));
        QCOMPARE(taken, 15);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
