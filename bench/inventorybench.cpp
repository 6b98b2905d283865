// partsweep-inventory-bench: how the inventory window copes with a million uploads, and how long
// the GUI event loop is blocked while a real bucket scans. Prints figures; asserts nothing.
//
//   partsweep-inventory-bench [--uploads N] [--buckets B] [--literal-strings]
//       synthetic: N uploads (default 1,000,000) in pages of 1,000 spread over B buckets (default
//       100, one of them holding half of all uploads) fed into the main window's model, proxy and
//       tree (offscreen), then sort by size and by age, filter changes, RSS. Uploads look as the
//       XML parser makes them from an AWS listing (parsedUpload); --literal-strings gives the
//       old, flattering variant (literalUpload) as the anchor.
//   partsweep-inventory-bench --scan-fake N
//       the real window (offscreen) scanning a generated listing of N uploads with AWS's string
//       sizes from a FAKE S3 server on its own thread: RSS growth per upload, longest stall.
//   partsweep-inventory-bench --progress N
//       a cleanup job of N uploads (verified) against a local fake S3 server running on its own
//       thread, shown in the progress view (offscreen): longest event-loop stall, time, RSS.
//   partsweep-inventory-bench --job-stalls N
//       a user's cleanup of N uploads in the desktop app (window, CleanupFlow, progress view)
//       against a FAKE S3 server on its own thread: per step (confirmation, start, running,
//       export, close, the resume offer at the next connect) its time, longest event-loop stall
//       and whether a nested event loop ran.
//   partsweep-inventory-bench --scan-endpoint URL [--bucket NAME]
//       real: opens the window on that endpoint (keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)
//       and measures the longest event-loop stall while it scans (a 5 ms timer's largest gap).
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "cleanupconfirmdialog.h"
#include "cleanupprogressview.h"
#include "faultys3server.h"
#include "gui/cleanupflow.h"
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventory/inventoryscanner.h"
#include "inventory/wastestats.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace PartSweep;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Time this thread has waited for a CPU so far (ns): Linux's schedstat, second field. The time
// it was ready to run while other threads (the fake server's, a worker, perf, the kernel's own
// kdamond on this VM) had both cores; 0 where unknown.
qint64 runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

// Longest time the event loop did not get to run a 5 ms timer; and the same without the time
// the thread only waited for a CPU taken by another (work done on it, or blocked in it, counts).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            // The bench never runs app.exec(): a level above 0 is someone's nested event loop
            // (QDialog::exec, QMessageBox::question, QFileDialog::getSaveFileName).
            m_maxLoopLevel = std::max(m_maxLoopLevel, QThread::currentThread()->loopLevel());
            // From the meter's start: work done before the first tick (synchronously, right after
            // the meter was made) is a stall too.
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 waited = runQueueWaitNs();
            if (m_printGaps && now - m_last > 40'000'000)
                printGap(now - m_last, waited - m_lastWaited);
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_maxOwnGapNs = std::max(m_maxOwnGapNs, now - m_last - (waited - m_lastWaited));
            m_last = now;
            m_lastWaited = waited;
        });
        m_clock.start();
        m_lastWaited = runQueueWaitNs();
        m_timer.start();
    }
    // Up to now: work that ended the measured step (before the timer ticked again) counts.
    double maxStallMs() const { return double(std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_last)) / 1e6 - 5.0; }
    double maxOwnStallMs() const
    {
        const qint64 last = m_clock.nsecsElapsed() - m_last - (runQueueWaitNs() - m_lastWaited);
        return double(std::max(m_maxOwnGapNs, last)) / 1e6 - 5.0;
    }
    int nestedLoops() const { return m_maxLoopLevel; }

private:
    // PARTSWEEP_BENCH_GAPS=1: each gap over 40 ms on stderr, ending at a CLOCK_MONOTONIC time, to
    // cut a `perf record -k CLOCK_MONOTONIC` profile to it (docs/benchmarks.md).
    static void printGap(qint64 gapNs, qint64 waitedNs)
    {
        timespec end{};
        clock_gettime(CLOCK_MONOTONIC, &end);
        std::fprintf(stderr, "gap %.1f ms (%.1f ms waiting for a CPU) ending at %ld.%09ld\n", double(gapNs) / 1e6,
                     double(waitedNs) / 1e6, long(end.tv_sec), long(end.tv_nsec));
    }

    const bool m_printGaps = qEnvironmentVariableIntValue("PARTSWEEP_BENCH_GAPS") != 0;
    int m_maxLoopLevel = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWaited = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxOwnGapNs = 0;
};

void settle(int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// An upload as the XML parser makes it from an AWS listing: every string its own allocation
// (QString::fromUtf8 of the element's text, as S3Xml does), with the lengths AWS uses: keys of
// ~60 characters as backup tools name them, 120-character upload ids, the owner's 64-hex
// canonical id and display name, the initiator's IAM ARN and name, the storage class.
constexpr QByteArrayView AwsOwnerId = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
constexpr QByteArrayView AwsOwnerName = "storage-admins";
constexpr QByteArrayView AwsInitiatorId = "arn:aws:iam::123456789012:user/backup-agent";
constexpr QByteArrayView AwsInitiatorName = "backup-agent";

// A key of ~60 characters as backup tools name them, and a 120-character upload id as AWS's.
QByteArray backupKey(int n)
{
    static const char *const Tools[] = {"postgres", "mysql", "veeam", "restic", "clickhouse", "etcd"};
    return "backups/" + QByteArray(Tools[n % 6]) + "/prod-eu-" + QByteArray::number(n % 7) + "/2026-" +
           QByteArray::number(1 + n % 12).rightJustified(2, '0') + "-" +
           QByteArray::number(1 + n % 28).rightJustified(2, '0') + "/base-" +
           QByteArray::number(n).rightJustified(9, '0') + ".tar.zst";
}
QByteArray awsUploadId(int n)
{
    const QByteArray id = QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha512)
                              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QByteArray(id + id).left(120);
}

UploadInfo parsedUpload(int n, const QDateTime &now)
{
    UploadInfo u;
    u.key = QString::fromUtf8(backupKey(n));
    u.uploadId = QString::fromUtf8(awsUploadId(n));
    u.initiated = now.addSecs(-qint64((n * 7919LL) % (400LL * 86400)));
    u.storageClass = QString::fromUtf8(QByteArrayView(n % 10 == 0 ? "STANDARD_IA" : "STANDARD"));
    u.initiator.id = QString::fromUtf8(AwsInitiatorId);
    u.initiator.displayName = QString::fromUtf8(AwsInitiatorName);
    u.owner.id = QString::fromUtf8(AwsOwnerId);
    u.owner.displayName = QString::fromUtf8(AwsOwnerName);
    return u;
}

// The bench's first variant (sessions 1-9), kept as the anchor: strings from literals (no
// allocation), no owner, shorter keys and ids. Flatters: no real listing looks like this.
UploadInfo literalUpload(const QString &bucket, int n, const QDateTime &now)
{
    UploadInfo u;
    u.bucket = bucket;
    u.key = QStringLiteral("data/%1/object-%2.bin").arg(n % 977).arg(n);
    u.uploadId = QStringLiteral("2~upload-%1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").arg(n);
    u.initiated = now.addSecs(-qint64((n * 7919LL) % (400LL * 86400)));
    u.storageClass = QStringLiteral("STANDARD");
    u.initiator.id = QStringLiteral("arn:aws:iam::123456789012:user/backup");
    u.initiator.displayName = QStringLiteral("backup");
    return u;
}

int synthetic(int total, int bucketCount, bool literal)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    settle();
    // A scan's start (MainWindow::handleRefresh) leaves the table unsorted while the listing
    // streams in, whatever the header's sort; this feed plays the scan's part.
    window.proxy()->sort(-1);
    InventoryModel *model = window.inventory();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QList<BucketInfo> buckets;
    for (int b = 0; b < bucketCount; ++b)
        buckets.append(BucketInfo{QStringLiteral("bucket-%1").arg(b, 3, 10, QLatin1Char('0')), now, {}});
    const double rssBefore = rssMiB();

    // The pages as S3 delivers them, one at a time (a scan never holds more than a few): half of
    // the uploads in bucket-000, the rest spread evenly. Making a page (parsing XML, in a real
    // scan: the scanner's cost, not the window's) is timed apart and left out of the load time.
    StallMeter stalls;
    QElapsedTimer load;
    QElapsedTimer making;
    qint64 makingNs = 0;
    load.start();
    model->setBuckets(buckets);
    int made = 0;
    int pageCount = 0;
    const int big = total / 2;
    while (made < total) {
        making.start();
        const int bucket = made < big ? 0 : 1 + (pageCount % (bucketCount - 1));
        QList<UploadInfo> uploads;
        uploads.reserve(1000);
        for (int i = 0; i < 1000 && made < total; ++i, ++made)
            uploads.append(literal ? literalUpload(buckets[bucket].name, made, now) : parsedUpload(made, now));
        ++pageCount;
        makingNs += making.nsecsElapsed();
        model->queueUploads(buckets[bucket].name, uploads); // as InventoryScanner feeds it
        QCoreApplication::processEvents();
    }
    model->flushPendingChanges();
    QCoreApplication::processEvents();
    const double makeS = double(makingNs) / 1e9;
    const double loadS = double(load.nsecsElapsed()) / 1e9 - makeS;
    const double loadStall = stalls.maxStallMs();
    settle();
    const double rssLoaded = rssMiB();

    // Sizes for everything (as "Fetch all sizes" would end), announced in the model's batches.
    QElapsedTimer sizing;
    sizing.start();
    for (int b = 0; b < model->rowCount(); ++b) {
        const QModelIndex bucket = model->index(b, 0);
        for (int r = 0; r < model->rowCount(bucket); ++r) {
            const QModelIndex index = model->index(r, 0, bucket);
            const std::optional<InventoryModel::UploadView> u = model->uploadView(index);
            model->setUploadSize(u->bucket, u->uploadId, 1 + r % 30, qint64(5 * 1024 * 1024) * (1 + r % 30));
        }
    }
    model->flushPendingChanges();
    QCoreApplication::processEvents();
    const double sizeS = double(sizing.elapsed()) / 1000.0;
    settle();

    const auto timed = [](auto &&what) {
        QElapsedTimer t;
        t.start();
        what();
        QCoreApplication::processEvents();
        return double(t.elapsed()) / 1000.0;
    };
    QTableView *view = window.view();
    const double sortSize = timed([&] { view->sortByColumn(FlatUploadModel::SizeColumn, Qt::DescendingOrder); });
    const double sortAge = timed([&] { view->sortByColumn(FlatUploadModel::AgeColumn, Qt::DescendingOrder); });
    InventoryFilterProxy::Filter filter;
    filter.text = QStringLiteral("object-99");
    const double filterText = timed([&] { window.proxy()->setFilter(filter); });
    filter.text.clear();
    filter.minAgeSeconds = 30 * 86400;
    const double filterAge = timed([&] { window.proxy()->setFilter(filter); });
    filter.minAgeSeconds = 0;
    const double filterClear = timed([&] { window.proxy()->setFilter(filter); });
    // A cleanup's results: 100,000 uploads (every tenth, across the buckets) verified gone, as
    // CleanupFlow reports them, then announced in the model's batches. Since issue 14 each one also
    // leaves its bucket's aggregates (the oldest age is recomputed once per flush per bucket).
    const double verify = timed([&] {
        InventoryModel *model = window.inventory();
        int marked = 0;
        for (int b = 0; b < model->rowCount() && marked < 100000; ++b) {
            const QModelIndex bucket = model->index(b, 0);
            for (int r = 0; r < model->rowCount(bucket) && marked < 100000; r += 10, ++marked) {
                const std::optional<InventoryModel::UploadView> u = model->uploadView(model->index(r, 0, bucket));
                model->setUploadState(u->bucket, u->uploadId, InventoryModel::UploadState::Verified);
            }
        }
        model->flushPendingChanges();
    });
    const double summary = timed([&] { window.refreshSummary(); });
    // The summary's full pass (MainWindow::refreshSummary's tally of the whole inventory, the hot
    // path that runs when the inventory changes): every upload into a WasteStats, with AWS's list
    // prices when the tree has money in WasteStats.
    qint64 tallied = 0;
    const double tally = timed([&] {
        WasteStats stats;
        stats.setCostModel(CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("us-east-1"), {}));
        InventoryModel *model = window.inventory();
        const QDateTime now = model->now();
        for (int b = 0; b < model->rowCount(); ++b) {
            const QModelIndex bucket = model->index(b, 0);
            const QString name = bucket.data(InventoryModel::BucketRole).toString();
            for (int r = 0; r < model->rowCount(bucket); ++r) {
                const QModelIndex upload = model->index(r, 0, bucket);
                if (model->isCleaned(upload))
                    continue; // as refreshSummary: verified gone is no longer waste
                const std::optional<InventoryModel::UploadView> u = model->uploadView(upload);
                stats.add(name, u->initiated.secsTo(now), model->uploadSize(upload), u->storageClass);
            }
        }
        tallied = stats.total.uploads;
    });
    const double rssEnd = rssMiB();

    std::printf("uploads                 %d in %d buckets (pages of 1,000), %s\n", total, bucketCount,
                literal ? "strings from literals (--literal-strings: the old anchor)"
                        : "strings as parsed from an AWS listing");
    std::printf("pages made (left out)   %.2f s\n", makeS);
    std::printf("load into window        %.2f s (goal <= 2 s); longest event-loop stall %.0f ms\n", loadS, loadStall);
    std::printf("sizes for all (batched) %.2f s\n", sizeS);
    std::printf("sort by size            %.2f s (goal <= 1.5 s)\n", sortSize);
    std::printf("sort by age             %.2f s (goal <= 1.5 s)\n", sortAge);
    std::printf("filter: key text        %.2f s (goal <= 0.3 s)\n", filterText);
    std::printf("filter: older than 30 d %.2f s (goal <= 0.3 s)\n", filterAge);
    std::printf("filter: cleared         %.2f s (goal <= 0.3 s)\n", filterClear);
    std::printf("mark 100,000 verified   %.2f s\n", verify);
    std::printf("summary recompute       %.2f s\n", summary);
    std::printf("summary full tally      %.2f s (%lld uploads%s)\n", tally, qlonglong(tallied), " with prices");
    std::printf("RSS                     %.0f MiB before, %.0f MiB loaded, %.0f MiB at the end (goal <= 450 MiB)\n",
                rssBefore, rssLoaded, rssEnd);
    std::printf("loaded, per upload      %.0f bytes (goal <= 472)\n",
                (rssLoaded - rssBefore) * 1024 * 1024 / std::max(1, total));
    return 0;
}

int scanStalls(const QString &endpoint, const QString &bucket)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    S3ClientConfig config;
    config.endpoint = QUrl(endpoint);
    config.region = env.value(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    config.credentials.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    settle();
    StallMeter stalls;
    QElapsedTimer t;
    t.start();
    window.openConnection(config, QStringLiteral("bench"));
    if (!bucket.isEmpty())
        window.scanner()->refresh({bucket});
    QSignalSpy finished(window.scanner(), &InventoryScanner::scanFinished);
    if (!finished.wait(600000)) {
        std::fprintf(stderr, "scan did not finish\n");
        return 1;
    }
    const double scanS = double(t.elapsed()) / 1000.0;
    const InventoryScanner::Progress p = window.scanner()->progress();
    settle(1000); // lazy sizes of the rows on screen, the summary
    std::printf("scan of %s: %lld uploads, %d pages in %.2f s\n",
                bucket.isEmpty() ? "every bucket" : qPrintable(bucket), p.uploads, p.pages, scanS);
    std::printf("longest event-loop stall while scanning: %.0f ms (goal <= 50 ms)\n", stalls.maxStallMs());
    return 0;
}

// A FAKE S3 server on a thread of its own, so that its work is not counted as the GUI's; seed
// runs on that thread before the constructor returns.
class FakeServerThread
{
public:
    explicit FakeServerThread(const std::function<void(Test::FaultyS3Server &)> &seed)
    {
        m_anchor.moveToThread(&m_thread); // a context object on the server's thread (m_thread is not)
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                m_server = new Test::FaultyS3Server;
                m_server->listen();
                seed(*m_server);
            },
            Qt::BlockingQueuedConnection);
    }
    ~FakeServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    // Runs fn on the server's thread and waits for it.
    void run(const std::function<void(Test::FaultyS3Server &)> &fn) const
    {
        QMetaObject::invokeMethod(
            m_server, [&] { fn(*m_server); }, Qt::BlockingQueuedConnection);
    }
    // A client configuration for it (path style, made-up keys: the fake checks no signature).
    S3ClientConfig clientConfig() const
    {
        S3ClientConfig config;
        config.endpoint = m_server->endpoint();
        config.addressingStyle = AddressingStyle::Path;
        config.credentials.accessKeyId = QStringLiteral("BENCHKEY");
        config.credentials.secretAccessKey = QStringLiteral("bench-secret");
        return config;
    }

private:
    QThread m_thread;
    QObject m_anchor;
    Test::FaultyS3Server *m_server = nullptr;
};

// The real window scanning a generated listing: N uploads with AWS's string sizes in 20 buckets of
// a FAKE S3 server on its own thread (the real server is too slow to seed a million here). The
// growth of the RSS from the seeded server to the scanned window, per upload, is the window's.
int scanFake(int count)
{
    const FakeServerThread fake([count](Test::FaultyS3Server &server) {
        server.setListingIdentity(AwsOwnerId.toByteArray(), AwsOwnerName.toByteArray(), AwsInitiatorId.toByteArray(),
                                  AwsInitiatorName.toByteArray());
        for (int i = 0; i < 20; ++i)
            server.addBucket(QStringLiteral("bucket-%1").arg(i, 2, 10, QLatin1Char('0')));
        for (int i = 0; i < count; ++i)
            server.addUpload(QStringLiteral("bucket-%1").arg(i % 20, 2, 10, QLatin1Char('0')),
                             QString::fromUtf8(backupKey(i)), QString::fromUtf8(awsUploadId(i)));
    });
    const S3ClientConfig config = fake.clientConfig();
    int status = 0;
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        settle();
        const double rssBefore = rssMiB();
        StallMeter stalls;
        QElapsedTimer t;
        t.start();
        window.openConnection(config, QStringLiteral("bench")); // the scan starts from the event loop
        QSignalSpy finished(window.scanner(), &InventoryScanner::scanFinished);
        if (!finished.wait(3600 * 1000)) {
            std::fprintf(stderr, "scan did not finish\n");
            status = 1;
        }
        const double scanS = double(t.elapsed()) / 1000.0;
        settle(1000);
        const double rssAfter = rssMiB();
        const InventoryScanner::Progress p = window.scanner()->progress();
        std::printf("window scanning a FAKE listing: %lld uploads (AWS string sizes), %d pages in %.1f s\n", p.uploads,
                    p.pages, scanS);
        std::printf("longest event-loop stall while scanning: %.0f ms (goal <= 50 ms)\n", stalls.maxStallMs());
        std::printf("RSS %.0f MiB with the server seeded, %.0f MiB scanned: %.0f bytes per upload (goal <= 472)\n",
                    rssBefore, rssAfter, (rssAfter - rssBefore) * 1024 * 1024 / std::max(1, count));
#ifdef __GLIBC__
        // How much of that is memory freed but kept by the allocator (per-thread arenas).
        malloc_trim(0);
        const double rssTrimmed = rssMiB();
        std::printf("after malloc_trim: %.0f MiB: %.0f bytes per upload in use\n", rssTrimmed,
                    (rssTrimmed - rssBefore) * 1024 * 1024 / std::max(1, count));
#endif
    }
    return status;
}

int progressView(int count)
{
    const FakeServerThread fake([count](Test::FaultyS3Server &server) {
        for (int i = 0; i < 20; ++i)
            server.addBucket(QStringLiteral("bucket-%1").arg(i));
        for (int i = 0; i < count; ++i)
            server.addUpload(QStringLiteral("bucket-%1").arg(i % 20), QStringLiteral("key/%1.bin").arg(i),
                             QStringLiteral("upload-%1").arg(i));
    });
    QList<CleanupTarget> targets;
    targets.reserve(count);
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < count; ++i) {
        CleanupTarget t;
        t.upload.bucket = QStringLiteral("bucket-%1").arg(i % 20);
        t.upload.key = QStringLiteral("key/%1.bin").arg(i);
        t.upload.uploadId = QStringLiteral("upload-%1").arg(i);
        t.upload.initiated = old;
        t.size = 5 * 1024 * 1024;
        targets.append(t);
    }
    const S3ClientConfig config = fake.clientConfig();
    CleanupOptions options;
    options.concurrency = 16;
    CleanupJob job(config, options, targets);
    auto *view = new CleanupProgressView(&job);
    view->show();
    settle();
    StallMeter stalls;
    QElapsedTimer t;
    t.start();
    QSignalSpy finished(&job, &CleanupJob::finished);
    job.start();
    finished.wait(3600 * 1000);
    const double seconds = double(t.elapsed()) / 1000.0;
    const CleanupJob::Totals totals = job.totals();
    std::printf("cleanup job of %d uploads in the progress view: %d verified in %.1f s (%.0f uploads/s)\n", count,
                totals.verified, seconds, totals.verified / seconds);
    std::printf("longest event-loop stall: %.0f ms; RSS %.0f MiB\n", stalls.maxStallMs(), rssMiB());
    view->close();
    return 0;
}

// Processes events until done() or timeout; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Answers what a user would in the dialogs a phase opens (a file dialog: the report's path; a
// question: Yes), whether they run their own event loop (exec) or not (open).
class DialogAnswerer
{
public:
    explicit DialogAnswerer(QString savePath)
        : m_savePath(std::move(savePath))
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (!w->isVisible())
                    continue;
                if (auto *files = qobject_cast<QFileDialog *>(w)) {
                    files->selectFile(m_savePath);
                    QMetaObject::invokeMethod(files, "accept"); // a user's Save
                } else if (auto *box = qobject_cast<QMessageBox *>(w); box && m_answerQuestions) {
                    if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                        yes->click();
                }
            }
        });
        m_timer.start();
    }
    void setAnswerQuestions(bool answer) { m_answerQuestions = answer; }

private:
    QString m_savePath;
    bool m_answerQuestions = true;
    QTimer m_timer;
};

void printPhase(const char *what, const StallMeter &stalls, double seconds)
{
    std::printf("%-44s %6.2f s; longest stall %5.0f ms (%3.0f ms not waiting for a CPU); nested event loops: %s "
                "(goal: <= 50 ms, none)\n",
                what, seconds, std::max(0.0, stalls.maxStallMs()), std::max(0.0, stalls.maxOwnStallMs()),
                stalls.nestedLoops() > 0 ? "yes" : "no");
}

// A user's cleanup of N uploads in the desktop app, every step through the real window and
// CleanupFlow, against a FAKE S3 server on its own thread: select all, the confirmation, start
// (journal, progress view), export the report while the job runs, close the view (cancels), then
// connect again (the resume offer reads the journal left unfinished). Per step: how long, the
// longest event-loop stall, and whether anything ran a nested event loop (issue 15, goal 4).
int jobStalls(int count)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each step's line as it ends
    QTemporaryDir data;                       // the journals and the report: never the user's
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    const QString reportPath = data.filePath(QStringLiteral("report.csv"));
    constexpr int BucketCount = 20;
    auto bucketName = [](int b) { return QStringLiteral("bucket-%1").arg(b, 2, 10, QLatin1Char('0')); };
    const FakeServerThread fake([&](Test::FaultyS3Server &server) {
        for (int b = 0; b < BucketCount; ++b)
            server.addBucket(bucketName(b));
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto window = std::make_unique<MainWindow>();
    auto flow = std::make_unique<CleanupFlow>(window.get());
    window->resize(1400, 900);
    window->show();
    window->openConnection(fake.clientConfig(), QStringLiteral("bench"));
    QSignalSpy scanned(window->scanner(), &InventoryScanner::scanFinished);
    if (!scanned.wait(60000)) {
        std::fprintf(stderr, "the empty scan did not finish\n");
        return 1;
    }
    // The uploads: in the fake (added in key order: one append each) and in the window (pages
    // of 1,000 per bucket, as a scan feeds them).
    std::vector<std::pair<QByteArray, int>> byKey;
    byKey.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        byKey.emplace_back(backupKey(i), i);
    std::sort(byKey.begin(), byKey.end());
    fake.run([&](Test::FaultyS3Server &server) {
        for (const auto &[key, i] : byKey)
            server.addUpload(bucketName(i % BucketCount), QString::fromUtf8(key), QString::fromUtf8(awsUploadId(i)), 1);
    });
    byKey = {};
    InventoryModel *model = window->inventory();
    window->proxy()->sort(-1);
    for (int b = 0; b < BucketCount; ++b) {
        QList<UploadInfo> page;
        for (int i = b; i < count; i += BucketCount) {
            page.append(parsedUpload(i, now));
            if (page.size() == 1000 || i + BucketCount >= count) {
                model->queueUploads(bucketName(b), page);
                page.clear();
                QCoreApplication::processEvents();
            }
        }
    }
    model->flushPendingChanges();
    settle(1000);
    std::printf("%d uploads in %d buckets in the window; RSS %.0f MiB\n", count, BucketCount, rssMiB());
    DialogAnswerer answerer(reportPath);
    QElapsedTimer t;

    CleanupConfirmDialog *dialog = nullptr;
    {
        StallMeter stalls;
        t.start();
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window->view(), Qt::Key_Delete);
        waitUntil(
            [&] {
                return (dialog = window->findChild<CleanupConfirmDialog *>()) && dialog->isVisible() &&
                       dialog->isTallied();
            },
            600000);
        printPhase("select all, Delete: the confirmation shown, counted", stalls, double(t.elapsed()) / 1000.0);
    }
    if (!dialog) {
        std::fprintf(stderr, "no confirmation\n");
        return 1;
    }
    CleanupProgressView *view = nullptr;
    {
        StallMeter stalls;
        t.start();
        // With the default age guard (a day, on the server's clock) as a user would: the job reads
        // the server's time and keeps back the uploads younger than that (1 in 400 here).
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        waitUntil([&] { return (view = window->findChild<CleanupProgressView *>()) && view->isVisible(); }, 600000);
        CleanupJob *job = flow->findChild<CleanupJob *>();
        // Started: the first uploads verified.
        waitUntil([&] { return job && job->totals().verified > 0; }, 600000);
        printPhase("confirm: job, journal, progress view, first verified", stalls, double(t.elapsed()) / 1000.0);
    }
    if (!view) {
        std::fprintf(stderr, "no progress view\n");
        return 1;
    }
    {
        StallMeter stalls;
        t.start();
        waitUntil([] { return false; }, 5000);
        printPhase("running (5 s)", stalls, double(t.elapsed()) / 1000.0);
    }
    {
        StallMeter stalls;
        t.start();
        // The file dialog may keep the name it suggested (<job id>.csv in the bench's directory)
        // over the one the answerer selects: the report is whichever it wrote.
        QSignalSpy exported(view, &CleanupProgressView::reportExported);
        view->findChild<QPushButton *>(QStringLiteral("exportReport"))->click();
        waitUntil([&] { return exported.count() > 0; }, 600000);
        printPhase("export the report (CSV) while it runs", stalls, double(t.elapsed()) / 1000.0);
    }
    const QFileInfoList reports = QDir(data.path()).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Time);
    std::printf("report: %.0f MiB; verified so far: %d\n",
                reports.isEmpty() ? 0.0 : double(reports.first().size()) / 1048576.0,
                flow->findChild<CleanupJob *>()->totals().verified);
    {
        StallMeter stalls;
        t.start();
        const QPointer<CleanupProgressView> watched(view);
        view->close(); // the question (cancel the job?) answered Yes
        waitUntil([&] { return !watched && !flow->findChild<CleanupJob *>(); }, 600000);
        printPhase("close the view: cancel, job and view deleted", stalls, double(t.elapsed()) / 1000.0);
    }
    // Connect again (a new window, as after a restart) to an empty FAKE server: the offer to
    // resume reads the unfinished journal of a million uploads.
    flow.reset();
    window.reset();
    settle();
    const FakeServerThread second([&](Test::FaultyS3Server &server) { server.addBucket(bucketName(0)); });
    answerer.setAnswerQuestions(false);
    {
        MainWindow again;
        CleanupFlow againFlow(&again);
        again.show();
        settle();
        StallMeter stalls;
        t.start();
        again.openConnection(second.clientConfig(), QStringLiteral("bench"));
        QMessageBox *offer = nullptr;
        waitUntil(
            [&] {
                const auto boxes = again.findChildren<QMessageBox *>();
                offer = boxes.isEmpty() ? nullptr : boxes.first();
                return offer && offer->isVisible();
            },
            120000);
        printPhase("connect: the offer to resume shown", stalls, double(t.elapsed()) / 1000.0);
        if (!offer)
            std::printf("no offer to resume (%lld journals unfinished)\n",
                        qlonglong(CleanupJournal::listUnfinished().size()));
        if (offer)
            offer->reject();
        settle();
    }
    std::printf("RSS at the end %.0f MiB\n", rssMiB());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // A private settings file: the bench must not disturb (or be shaped by) the user's layout.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartSweepBench"));
    QCommandLineParser parser;
    const QCommandLineOption uploads(QStringLiteral("uploads"), QStringLiteral("Synthetic uploads."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption buckets(QStringLiteral("buckets"), QStringLiteral("Synthetic buckets."),
                                     QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption endpoint(QStringLiteral("scan-endpoint"), QStringLiteral("Scan a real endpoint."),
                                      QStringLiteral("url"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), QStringLiteral("Only this bucket."),
                                    QStringLiteral("name"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      QStringLiteral("A cleanup job of n uploads in the progress view."),
                                      QStringLiteral("n"));
    const QCommandLineOption literal(QStringLiteral("literal-strings"),
                                     QStringLiteral("Synthetic uploads as before session 10: strings from "
                                                    "literals, no owner (the anchor; flatters)."));
    const QCommandLineOption scanFakeOption(
        QStringLiteral("scan-fake"),
        QStringLiteral("The window scanning a generated listing of n uploads (a fake server)."), QStringLiteral("n"));
    const QCommandLineOption jobOption(
        QStringLiteral("job-stalls"),
        QStringLiteral("A cleanup of n uploads in the desktop app: stalls of each step (a fake server)."),
        QStringLiteral("n"));
    parser.addOptions({uploads, buckets, endpoint, bucket, progress, literal, scanFakeOption, jobOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(progress))
        return progressView(parser.value(progress).toInt());
    if (parser.isSet(jobOption))
        return jobStalls(parser.value(jobOption).toInt());
    if (parser.isSet(scanFakeOption))
        return scanFake(parser.value(scanFakeOption).toInt());
    if (parser.isSet(endpoint))
        return scanStalls(parser.value(endpoint), parser.value(bucket));
    return synthetic(parser.value(uploads).toInt(), std::max(2, parser.value(buckets).toInt()), parser.isSet(literal));
}
