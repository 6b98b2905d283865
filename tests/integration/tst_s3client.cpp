// The S3 client against the real server (Ceph RGW sandbox started by the CTest fixture), with
// awscli as the reference for what the server holds.
#include "s3/s3client.h"
#include "s3/uploadlister.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::Sandbox;

namespace {

using KeyAndId = std::pair<QString, QString>;

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;

    struct Listing
    {
        QList<KeyAndId> uploads;
        QList<UploadInfo> infos;
        ListingOutcome outcome;
        bool done = false;
    };

    Listing listAll(S3Client &client, const QString &bucket, int pageSize)
    {
        Listing listing;
        UploadLister lister(&client, bucket);
        lister.setPageSize(pageSize);
        connect(&lister, &UploadLister::pageListed, this, [&listing](const ListUploadsPage &page) {
            for (const UploadInfo &u : page.uploads) {
                listing.uploads.append({u.key, u.uploadId});
                listing.infos.append(u);
            }
        });
        connect(&lister, &UploadLister::finished, this, [&listing](const ListingOutcome &outcome) {
            listing.outcome = outcome;
            listing.done = true;
        });
        lister.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listing.done, 240000); }();
        return listing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("No S3 sandbox: run through ctest, whose S3 fixture starts and seeds one.");
    }

    void listBucketsMatchesAwscli()
    {
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        std::optional<Result<QList<BucketInfo>>> result;
        client.listBuckets(this, [&](Result<QList<BucketInfo>> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(), qPrintable(result->errorString()));

        QStringList ours;
        for (const BucketInfo &b : result->value()) {
            ours << b.name;
            QVERIFY(b.creationDate.isValid());
        }
        QStringList theirs =
            m_sandbox
                .aws({QStringLiteral("s3api"), QStringLiteral("list-buckets"), QStringLiteral("--query"),
                      QStringLiteral("Buckets[].Name"), QStringLiteral("--output"), QStringLiteral("text")})
                .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);
        QVERIFY(ours.contains(QStringLiteral("logs-firehose")));
    }

    // Paging with any page size gives exactly the set awscli lists: nothing lost, nothing twice.
    void pagingGivesExactlyTheAwscliSet_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("10k bucket, 1000") << QStringLiteral("logs-firehose") << 1000;
        QTest::newRow("10k bucket, 999") << QStringLiteral("logs-firehose") << 999;
        QTest::newRow("10k bucket, 250") << QStringLiteral("logs-firehose") << 250;
        QTest::newRow("10k bucket, 37") << QStringLiteral("logs-firehose") << 37;
        QTest::newRow("media, 1") << QStringLiteral("media-archive") << 1;
        QTest::newRow("media, 7") << QStringLiteral("media-archive") << 7;
        QTest::newRow("media, 300") << QStringLiteral("media-archive") << 300;
        QTest::newRow("weird keys, 1") << QStringLiteral("weird-keys") << 1;
        QTest::newRow("weird keys, 2") << QStringLiteral("weird-keys") << 2;
        QTest::newRow("weird keys, 1000") << QStringLiteral("weird-keys") << 1000;
    }

    void pagingGivesExactlyTheAwscliSet()
    {
        QFETCH(QString, bucket);
        QFETCH(int, pageSize);
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        const Listing listing = listAll(client, bucket, pageSize);
        QVERIFY2(!listing.outcome.error,
                 qPrintable(listing.outcome.error ? listing.outcome.error->toString() : QString()));
        QVERIFY2(listing.outcome.complete, qPrintable(listing.outcome.warnings.join(u'\n')));
        QVERIFY(listing.outcome.warnings.isEmpty());

        QList<KeyAndId> theirs = m_sandbox.awsUploads(bucket);
        QVERIFY(!theirs.isEmpty());
        QList<KeyAndId> ours = listing.uploads;
        const qsizetype listed = ours.size();
        std::sort(ours.begin(), ours.end());
        std::sort(theirs.begin(), theirs.end());
        QVERIFY2(std::adjacent_find(ours.begin(), ours.end()) == ours.end(), "an upload was listed twice");
        QCOMPARE(listed, theirs.size());
        QCOMPARE(ours, theirs);
        // RGW may say IsTruncated on the exact boundary and then send an empty last page.
        const int minimumPages = int((theirs.size() + pageSize - 1) / pageSize);
        QVERIFY2(listing.outcome.pages == minimumPages || listing.outcome.pages == minimumPages + 1,
                 qPrintable(QString::number(listing.outcome.pages)));
        for (const UploadInfo &u : listing.infos) {
            QVERIFY(u.initiated.isValid());
            QCOMPARE(u.bucket, bucket);
        }
    }

    // Keys of every awkward class, created by awscli, then listed, part-listed and aborted by
    // PartSweep: any SignatureDoesNotMatch fails the test.
    void awkwardKeysListPartListAndAbort()
    {
        const QString bucket =
            QStringLiteral("keys-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QVERIFY(
            !m_sandbox
                 .aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), bucket})
                 .isNull());
        const QStringList keys = {
            QStringLiteral("with space.txt"),
            QStringLiteral("plus+sign"),
            QStringLiteral("percent%25and%2Fslash"),
            QStringLiteral("equals=and&ampersand"),
            QStringLiteral("question?mark"),
            QStringLiteral("hash#tag"),
            QStringLiteral("tilde~"),
            QString::fromUtf8("unicodé/日本語/файл 🚀"),
            QStringLiteral("/leading-slash"),
            QStringLiteral("double//slash"),
            QStringLiteral("dots/../up"),
            QStringLiteral("./dot"),
            QStringLiteral("semi;colon,comma'quote\"(paren)*star!bang$@:"),
            QStringLiteral("trailing space "),
            QString(1024, u'k'),
        };
        const QStringList decoys = {QStringLiteral("up"), QStringLiteral("dot")};
        QTemporaryFile part;
        QVERIFY(part.open());
        part.write(QByteArray(3000, 'p'));
        part.flush();
        QHash<QString, QString> idByKey;
        for (const QString &key : keys + decoys) {
            const QString id =
                m_sandbox
                    .aws({QStringLiteral("s3api"), QStringLiteral("create-multipart-upload"),
                          QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), key, QStringLiteral("--query"),
                          QStringLiteral("UploadId"), QStringLiteral("--output"), QStringLiteral("text")})
                    .trimmed();
            QVERIFY2(!id.isEmpty(), qPrintable(key));
            QVERIFY(!m_sandbox
                         .aws({QStringLiteral("s3api"), QStringLiteral("upload-part"), QStringLiteral("--bucket"),
                               bucket, QStringLiteral("--key"), key, QStringLiteral("--upload-id"), id,
                               QStringLiteral("--part-number"), QStringLiteral("1"), QStringLiteral("--body"),
                               part.fileName()})
                         .isNull());
            idByKey.insert(key, id);
        }

        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        const Listing listing = listAll(client, bucket, 1000);
        QVERIFY(listing.outcome.complete);
        QCOMPARE(listing.uploads.size(), keys.size() + decoys.size());
        for (const auto &[key, id] : listing.uploads)
            QCOMPARE(idByKey.value(key), id); // the decoded key is exactly the one awscli created

        // Qt's HTTP stack would collapse "dots/../up" to "up" and "./dot" to "dot": the client
        // sends those paths byte for byte instead, and the decoys on "up" and "dot" must survive.
        int pending = 0;
        QStringList failures;
        for (const auto &[key, id] : listing.uploads) {
            ++pending;
            client.listAllParts(bucket, key, id, this, [&, key](Result<S3Client::PartsSummary> parts) {
                --pending;
                if (!parts) {
                    failures << key + QStringLiteral(": ") + parts.error().toString();
                } else if (parts->parts.size() != 1 || parts->totalBytes != 3000) {
                    failures << key + QStringLiteral(": wrong parts");
                }
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 60000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        for (const auto &[key, id] : listing.uploads) {
            if (decoys.contains(key))
                continue;
            ++pending;
            client.abortUpload(bucket, key, id, this, [&, key](Result<AbortAnswer> r, const ResponseMeta &meta) {
                --pending;
                if (!r) {
                    failures << key + QStringLiteral(": ") + r.error().toString();
                } else if (meta.httpStatus != 204) {
                    failures << key + QStringLiteral(": HTTP %1").arg(meta.httpStatus);
                }
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 60000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QStringList left;
        for (const auto &[key, id] : m_sandbox.awsUploads(bucket))
            left << key;
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("dot"), QStringLiteral("up")}));

        // After an abort, ListParts answers 404 (NoSuchKey on RGW, NoSuchUpload on AWS).
        std::optional<Result<S3Client::PartsSummary>> gone;
        client.listAllParts(bucket, keys.first(), idByKey.value(keys.first()), this,
                            [&](Result<S3Client::PartsSummary> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 30000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().httpStatus, 404);
    }

    // Sizes are the sum of the part sizes awscli reports.
    void sizesEqualAwscliPartSums()
    {
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        const Listing listing = listAll(client, QStringLiteral("media-archive"), 1000);
        QVERIFY(listing.uploads.size() >= 10);
        for (int i = 0; i < 8; ++i) {
            const auto &[key, id] = listing.uploads.at(i * 37 % listing.uploads.size());
            std::optional<Result<S3Client::PartsSummary>> ours;
            client.listAllParts(QStringLiteral("media-archive"), key, id, this,
                                [&](Result<S3Client::PartsSummary> r) { ours = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(ours.has_value(), 30000);
            QVERIFY(ours->ok());
            const QString out =
                m_sandbox.aws({QStringLiteral("s3api"), QStringLiteral("list-parts"), QStringLiteral("--bucket"),
                               QStringLiteral("media-archive"), QStringLiteral("--key"), key,
                               QStringLiteral("--upload-id"), id, QStringLiteral("--output"), QStringLiteral("json")});
            qint64 sum = 0;
            int count = 0;
            const QJsonArray parts =
                QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("Parts")).toArray();
            for (const QJsonValue &p : parts) {
                sum += p[QStringLiteral("Size")].toInteger();
                ++count;
            }
            QCOMPARE(ours->value().totalBytes, sum);
            QCOMPARE(ours->value().parts.size(), count);
        }
    }

    // Requester pays: 403 with a hint without the header; served and charged with it.
    void requesterPays()
    {
        S3ClientConfig config = m_sandbox.clientConfig(m_sandbox.requester);
        S3Client withoutHeader(config);
        std::optional<Result<ListUploadsPage>> refused;
        withoutHeader.listUploadsPage(S3Client::ListUploadsQuery::forBucket(QStringLiteral("shared-payer")), this,
                                      [&](Result<ListUploadsPage> r, const ResponseMeta &) { refused = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().httpStatus, 403);
        QCOMPARE(refused->error().code, QStringLiteral("AccessDenied"));
        QVERIFY2(refused->error().toString().contains(QStringLiteral("requester pays")),
                 qPrintable(refused->error().toString()));

        config.requestPayer = true;
        S3Client withHeader(config);
        std::optional<Result<ListUploadsPage>> served;
        ResponseMeta meta;
        withHeader.listUploadsPage(S3Client::ListUploadsQuery::forBucket(QStringLiteral("shared-payer")), this,
                                   [&](Result<ListUploadsPage> r, const ResponseMeta &m) {
                                       meta = m;
                                       served = std::move(r);
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(served.has_value(), 30000);
        QVERIFY2(served->ok(), qPrintable(served->errorString()));
        QVERIFY(meta.requestCharged);
        QCOMPARE(served->value().uploads.size(), m_sandbox.awsUploads(QStringLiteral("shared-payer")).size());

        S3Client owner(m_sandbox.clientConfig(m_sandbox.owner));
        std::optional<Result<ListUploadsPage>> own;
        ResponseMeta ownMeta;
        owner.listUploadsPage(S3Client::ListUploadsQuery::forBucket(QStringLiteral("shared-payer")), this,
                              [&](Result<ListUploadsPage> r, const ResponseMeta &m) {
                                  ownMeta = m;
                                  own = std::move(r);
                              });
        QTRY_VERIFY_WITH_TIMEOUT(own.has_value(), 30000);
        QVERIFY(own->ok());
        QVERIFY(!ownMeta.requestCharged); // the owner pays for its own requests
    }

    // Lifecycle: none at first, then the AbortIncompleteMultipartUpload rule PartSweep writes
    // (with Content-MD5) reads back.
    void lifecycleRoundTrip()
    {
        const QString bucket =
            QStringLiteral("lifecycle-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QVERIFY(
            !m_sandbox
                 .aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), bucket})
                 .isNull());
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        std::optional<Result<QByteArray>> before;
        client.getLifecycle(bucket, this, [&](Result<QByteArray> r) { before = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(before.has_value(), 30000);
        QVERIFY2(before->ok(), qPrintable(before->errorString()));
        QVERIFY(before->value().isEmpty());

        const QByteArray rule = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
                                "<ID>partsweep-abort-7d</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status>"
                                "<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>"
                                "</AbortIncompleteMultipartUpload></Rule></LifecycleConfiguration>";
        std::optional<Result<Unit>> put;
        client.putLifecycle(bucket, rule, this, [&](Result<Unit> r) { put = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(put.has_value(), 30000);
        QVERIFY2(put->ok(), qPrintable(put->errorString()));

        const QString theirs =
            m_sandbox.aws({QStringLiteral("s3api"), QStringLiteral("get-bucket-lifecycle-configuration"),
                           QStringLiteral("--bucket"), bucket, QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(theirs.contains(QStringLiteral("partsweep-abort-7d")) &&
                     theirs.contains(QStringLiteral("\"DaysAfterInitiation\": 7")),
                 qPrintable(theirs));
        std::optional<Result<QByteArray>> after;
        client.getLifecycle(bucket, this, [&](Result<QByteArray> r) { after = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 30000);
        QVERIFY(after->ok());
        QVERIFY(after->value().contains("partsweep-abort-7d"));
    }

    // RGW answers GetBucketLocation with its zonegroup name ("default"): the configured region.
    void bucketRegionFallsBackToConfiguredRegion()
    {
        S3ClientConfig config = m_sandbox.clientConfig(m_sandbox.owner);
        config.region = QStringLiteral("eu-central-1");
        S3Client client(config);
        std::optional<Result<QString>> region;
        client.bucketRegion(QStringLiteral("media-archive"), this, [&](Result<QString> r) { region = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(region.has_value(), 30000);
        QVERIFY(region->ok());
        QCOMPARE(region->value(), QStringLiteral("eu-central-1"));
        QCOMPARE(client.cachedRegion(QStringLiteral("media-archive")), QStringLiteral("eu-central-1"));
    }

    void wrongKeysSayWhichSourceAndNeverTheSecret_data()
    {
        QTest::addColumn<bool>("unknownAccessKey");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong secret") << false << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("unknown access key") << true << QStringLiteral("InvalidAccessKeyId");
    }

    void wrongKeysSayWhichSourceAndNeverTheSecret()
    {
        QFETCH(bool, unknownAccessKey);
        QFETCH(QString, code);
        AwsCredentials creds = m_sandbox.owner;
        creds.secretAccessKey = QStringLiteral("ThisIsNotTheRightSecretKeyAtAll0000000000");
        if (unknownAccessKey)
            creds.accessKeyId = QStringLiteral("AKIANOBODYKNOWSTHIS1");
        creds.source = QStringLiteral("profile 'typo' in /home/admin/.aws/credentials");
        S3Client client(m_sandbox.clientConfig(creds));
        std::optional<Result<QList<BucketInfo>>> result;
        client.listBuckets(this, [&](Result<QList<BucketInfo>> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, code);
        QCOMPARE(result->error().httpStatus, 403);
        const QString text = result->error().toString();
        QVERIFY2(text.contains(QStringLiteral("profile 'typo'")), qPrintable(text));
        QVERIFY(!text.contains(creds.secretAccessKey));
        QVERIFY(!result->error().requestId.isEmpty());
    }

    // A closed port: a network error after the configured attempts, with words.
    void deadEndpointFailsAfterRetries()
    {
        QTcpServer reserve; // take a free port, then close it so nothing listens there
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        S3ClientConfig config = m_sandbox.clientConfig(m_sandbox.owner);
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        S3Client client(config);
        client.setRetryPolicy(RetryPolicy({.maxAttempts = 3, .baseDelayMs = 10}));
        QSignalSpy retried(&client, &S3Client::requestRetried);
        std::optional<Result<QList<BucketInfo>>> result;
        client.listBuckets(this, [&](Result<QList<BucketInfo>> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, S3Error::Kind::Network);
        QCOMPARE(retried.count(), 2);
        QVERIFY2(result->error().toString().contains(QStringLiteral("endpoint")),
                 qPrintable(result->error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
