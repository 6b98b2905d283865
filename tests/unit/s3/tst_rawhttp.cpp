// Parsing of the answers RawHttpExchange reads (used for keys with "." or ".." segments).
#include "s3/transport/rawhttp.h"

#include <QtTest>

using PartSweep::RawHttpExchange;

class TestRawHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLength()
    {
        RawHttpExchange::Result r;
        QVERIFY(RawHttpExchange::parseResponse("HTTP/1.1 204 No Content\r\nX-Amz-Request-Id: tx1\r\n"
                                               "Content-Length: 0\r\n\r\n",
                                               &r));
        QCOMPARE(r.httpStatus, 204);
        QCOMPARE(r.headers.value("x-amz-request-id"), QByteArray("tx1"));
        QVERIFY(r.body.isEmpty());
    }

    void chunked()
    {
        RawHttpExchange::Result r;
        QVERIFY(RawHttpExchange::parseResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5\r\n<List\r\n3;ext=1\r\n/>x\r\n0\r\n\r\n",
                                               &r));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, QByteArray("<List/>x"));
    }

    void incompleteAnswersAreRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("headers cut") << QByteArray("HTTP/1.1 200 OK\r\nContent-Len");
        QTest::newRow("body shorter than Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        QTest::newRow("chunk cut") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc");
        QTest::newRow("no last chunk") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    }

    void incompleteAnswersAreRejected()
    {
        QFETCH(QByteArray, data);
        RawHttpExchange::Result r;
        QVERIFY(!RawHttpExchange::parseResponse(data, &r));
    }
};

QTEST_GUILESS_MAIN(TestRawHttp)
#include "tst_rawhttp.moc"
