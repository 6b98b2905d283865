// Where an abort is proven: the requests of one upload and what their answers mean. An abort
// (AbortMultipartUpload) is followed by ListParts until the server shows the upload gone; parts
// still listed mean another abort after a backoff, a bounded number of times. A dry run lists
// the parts only. These are CleanupJob's methods; the scheduling (queue, fairness across buckets,
// retries, cancel, progress) is in cleanupjob.cpp.
#include "cleanup/cleanupjob.h"

#include "cleanup/cleanupjournal.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <memory>
#include <utility>

namespace PartSweep {

namespace {

const QString AbortOperation = QStringLiteral("AbortMultipartUpload");
const QString ListPartsOperation = QStringLiteral("ListParts");
const QString ListUploadsOperation = QStringLiteral("ListMultipartUploads");

// What the journal records of an answer: the error's or the "gone" answer's code and request id.
template<typename Answer>
std::pair<QString, QString> codeAndRequestId(const Result<Answer> &answer)
{
    if (!answer)
        return {answer.error().code, answer.error().requestId};
    if (answer->gone)
        return {answer->gone->code, answer->gone->requestId};
    return {};
}

} // namespace

void CleanupJob::sendAbort(int index)
{
    CleanupItem &item = m_items[size_t(index)];
    Q_ASSERT(!m_options.dryRun); // a dry run never mutates
    if (m_options.dryRun)
        return;
    setState(index, CleanupState::Aborting);
    ++item.aborts;
    item.abortSent = true;
    if (!item.started.isValid())
        item.started = m_clock();
    if (m_journal)
        m_journal->recordSent(index, AbortOperation);
    const UploadInfo &u = item.target.upload;
    m_client->abortUpload(
        u.bucket, u.key, u.uploadId, this,
        [this, index](Result<AbortAnswer> result, const ResponseMeta &meta) { handleAbort(index, result, meta); });
}

void CleanupJob::sendListParts(int index, int marker)
{
    CleanupItem &item = m_items[size_t(index)];
    if (!item.started.isValid())
        item.started = m_clock();
    const UploadInfo &u = item.target.upload;
    m_client->listPartsPage(u.bucket, u.key, u.uploadId, marker, 1000, this,
                            [this, index, marker](Result<PartsAnswer> page, const ResponseMeta &meta) {
                                handleListParts(index, marker, page, meta);
                            });
}

void CleanupJob::noteResponse(int index, const QString &operation, const ResponseMeta &meta, const QString &code,
                              const QString &answerRequestId)
{
    CleanupItem &item = m_items[size_t(index)];
    const int attempts = std::max(1, meta.attempts);
    item.requests += attempts;
    m_requests += attempts;
    if (meta.requestCharged) {
        ++item.charged;
        ++m_charged;
    }
    const QString requestId = !meta.requestId.isEmpty() ? meta.requestId : answerRequestId;
    if (!requestId.isEmpty())
        item.requestIds << requestId;
    if (m_journal) {
        ResponseMeta recorded = meta;
        recorded.requestId = requestId;
        m_journal->recordResponse(index, operation, recorded, code);
    }
    markChanged(index);
}

void CleanupJob::handleAbort(int index, const Result<AbortAnswer> &result, const ResponseMeta &meta)
{
    Runtime &rt = m_runtime[size_t(index)];
    setInFlight(index, false);
    const auto [code, requestId] = codeAndRequestId(result);
    noteResponse(index, AbortOperation, meta, code, requestId);
    noteOutcome(index, result ? nullptr : &result.error());

    if (result && result->gone && rt.acceptedThisRun == 0) {
        // Never accepted in this run: the 404 alone proves nothing (the request may have named
        // another key than the upload's, or the server may be wrong). Look the upload up.
        const UploadGone &gone = *result->gone;
        if (m_cancelled) {
            setState(index, CleanupState::CancelledUnverified,
                     QCoreApplication::translate("Cleanup", "the abort was answered %1 %2; not verified")
                         .arg(gone.httpStatus)
                         .arg(gone.code));
        } else if (!m_options.verify) {
            setState(index, CleanupState::Aborted,
                     QCoreApplication::translate(
                         "Cleanup", "the abort was answered %1 %2 (already gone, or never there); not verified")
                         .arg(gone.httpStatus)
                         .arg(gone.code));
        } else {
            confirmGone(index, gone, AbortOperation);
        }
    } else if (result) {
        ++rt.acceptedAborts;
        if (!result->gone)
            ++rt.acceptedThisRun;
        if (m_cancelled)
            setState(index, CleanupState::CancelledUnverified);
        else if (!m_options.verify)
            setState(index, CleanupState::Aborted);
        else {
            // The next step of this upload takes the slot its abort just freed.
            rt.next = Step::Verify;
            m_ready.push_front(index);
        }
    } else if (result.error().kind == S3Error::Kind::Cancelled) {
        // Stopped while the client waited to retry it: an earlier attempt may have reached the server.
        setState(index, CleanupState::CancelledUnverified, result.error().message);
    } else if (failureOf(result.error()) != Failure::Refused) {
        if (m_cancelled)
            setState(index, CleanupState::CancelledUnverified,
                     QCoreApplication::translate("Cleanup", "the abort may have reached the server: %1")
                         .arg(result.error().toString()));
        else
            retryLater(index, Step::Abort, result.error());
    } else {
        // Refused (403, 400, NoSuchBucket...): nothing was aborted by this request.
        const CleanupItem &item = m_items[size_t(index)];
        const QString reason =
            item.remainingParts > 0
                ? QCoreApplication::translate("Cleanup",
                                              "%1 remained after %2 abort(s), then the next abort refused: %3")
                      .arg(partsText(item.remainingParts, item.remainingBytes))
                      .arg(rt.acceptedAborts)
                      .arg(result.error().toString())
                : QCoreApplication::translate("Cleanup", "abort refused: %1").arg(result.error().toString());
        setState(index, CleanupState::Failed, reason);
    }
    pump();
}

void CleanupJob::handleListParts(int index, int marker, const Result<PartsAnswer> &answer, const ResponseMeta &meta)
{
    Runtime &rt = m_runtime[size_t(index)];
    const auto [code, requestId] = codeAndRequestId(answer);
    noteResponse(index, ListPartsOperation, meta, code, requestId);
    noteOutcome(index, answer ? nullptr : &answer.error());
    const bool verifying = rt.next == Step::Verify;
    CleanupItem &item = m_items[size_t(index)];

    auto done = [this, &rt, index] {
        setInFlight(index, false);
        rt.next = Step::None;
    };

    if (answer && answer->gone) {
        const UploadGone &gone = *answer->gone;
        const bool proof = verifying && rt.acceptedThisRun > 0;
        done();
        if (proof) {
            item.remainingParts = 0;
            item.remainingBytes = 0;
            setState(index, CleanupState::Verified);
        } else if (m_cancelled) {
            setState(index, CleanupState::Cancelled);
        } else {
            // A dry run's ListParts said 404: proof only once the listing agrees.
            confirmGone(index, gone, ListPartsOperation);
        }
        pump();
        return;
    }
    if (!answer) {
        const S3Error &error = answer.error();
        done();
        if (error.kind == S3Error::Kind::Http && error.httpStatus == 404 && !m_cancelled) {
            // A 404 that is no proof by itself (no error document of the server's own, as a
            // gateway answers while it restarts; or another code): the listing of the key decides.
            confirmGone(index, UploadGone{.httpStatus = 404, .code = error.code, .requestId = error.requestId},
                        ListPartsOperation);
        } else if (failureOf(error) != Failure::Refused && !m_cancelled) {
            retryLater(index, verifying ? Step::Verify : Step::Inspect, error);
        } else if (m_cancelled) {
            setState(index, verifying ? CleanupState::CancelledUnverified : CleanupState::Cancelled);
        } else if (verifying) {
            setState(index, CleanupState::Failed,
                     QCoreApplication::translate("Cleanup", "abort accepted, but it could not be verified: %1")
                         .arg(error.toString()));
        } else {
            setState(index, CleanupState::Failed,
                     QCoreApplication::translate(
                         "Cleanup", "dry run: ListParts refused (an abort would likely be refused too): %1")
                         .arg(error.toString()));
        }
        pump();
        return;
    }

    const ListPartsPage &page = answer->page;
    for (const PartInfo &part : page.parts) {
        ++rt.listedParts;
        rt.listedBytes += part.size;
    }
    // Part numbers end at 10,000: a server that pages past them would page forever.
    if (page.isTruncated && page.nextPartNumberMarker > marker && page.nextPartNumberMarker < MaxPartNumber &&
        !m_cancelled) {
        sendListParts(index, page.nextPartNumberMarker);
        return;
    }
    const Step step = rt.next;
    done();
    rt.next = step;
    partsListed(index);
    pump();
}

void CleanupJob::confirmGone(int index, const UploadGone &gone, const QString &operation)
{
    Runtime &rt = m_runtime[size_t(index)];
    m_goneBy.insert(index, gone);
    rt.goneByListParts = operation == ListPartsOperation;
    rt.next = Step::ConfirmGone;
    m_ready.push_front(index);
}

void CleanupJob::sendConfirmGone(int index)
{
    const UploadInfo &u = m_items[size_t(index)].target.upload;
    // Every upload whose key starts with this key (pages of 1000): the exact key is among them.
    auto *lister = new UploadLister(m_client, u.bucket, u.key, this);
    auto listed = std::make_shared<bool>(false);
    connect(lister, &UploadLister::pageListed, this,
            [listed, key = u.key, id = u.uploadId](const ListUploadsPage &page) {
                for (const UploadInfo &upload : page.uploads) {
                    if (upload.key == key && upload.uploadId == id)
                        *listed = true;
                }
            });
    connect(lister, &UploadLister::finished, this, [this, index, lister, listed](const ListingOutcome &outcome) {
        lister->deleteLater();
        handleConfirmGone(index, outcome, *listed);
    });
    lister->start();
}

void CleanupJob::handleConfirmGone(int index, const ListingOutcome &outcome, bool listed)
{
    Runtime &rt = m_runtime[size_t(index)];
    CleanupItem &item = m_items[size_t(index)];
    setInFlight(index, false);
    rt.next = Step::None;
    ResponseMeta meta;
    meta.attempts = std::max(1, outcome.pages);
    meta.httpStatus = outcome.error ? outcome.error->httpStatus : 200;
    noteResponse(index, ListUploadsOperation, meta, outcome.error ? outcome.error->code : QString(),
                 outcome.error ? outcome.error->requestId : QString());
    noteOutcome(index, outcome.error ? &*outcome.error : nullptr);
    const UploadGone goneBy = m_goneBy.take(index);
    const QString said = QStringLiteral("%1 %2 (%3)")
                             .arg(goneBy.httpStatus)
                             .arg(goneBy.code, rt.goneByListParts ? ListPartsOperation : AbortOperation);

    if (outcome.error) {
        if (m_cancelled)
            setState(index, item.abortSent ? CleanupState::CancelledUnverified : CleanupState::Cancelled);
        else if (failureOf(*outcome.error) != Failure::Refused)
            retryLater(index, Step::ConfirmGone, *outcome.error);
        else
            setState(index, CleanupState::Failed,
                     QCoreApplication::translate(
                         "Cleanup", "the server answered %1, but the upload could not be looked up to prove it "
                                    "gone: %2")
                         .arg(said, outcome.error->toString()));
    } else if (!outcome.complete) {
        setState(index, CleanupState::Failed,
                 QCoreApplication::translate(
                     "Cleanup", "the server answered %1, but its listing of the key did not complete (%2): not "
                                "proven gone")
                     .arg(said, outcome.warnings.join(QStringLiteral("; "))));
    } else if (listed) {
        setState(index, CleanupState::Failed,
                 (m_options.dryRun
                      ? QCoreApplication::translate("Cleanup", "the server answered %1, yet ListMultipartUploads "
                                                               "still lists the upload: PartSweep cannot address it "
                                                               "on this server")
                      : QCoreApplication::translate("Cleanup", "the server answered %1, yet ListMultipartUploads "
                                                               "still lists the upload: it was not aborted"))
                     .arg(said));
    } else {
        item.remainingParts = 0;
        item.remainingBytes = 0;
        setState(
            index, CleanupState::Verified,
            rt.acceptedThisRun > 0
                ? QCoreApplication::translate(
                      "Cleanup", "aborted: the server answered %1, no proof by itself, and no longer lists it")
                      .arg(said)
                : QCoreApplication::translate("Cleanup", "already gone: the server answered %1 and no longer lists it")
                      .arg(said));
    }
    pump();
}

void CleanupJob::partsListed(int index)
{
    Runtime &rt = m_runtime[size_t(index)];
    CleanupItem &item = m_items[size_t(index)];
    const Step step = std::exchange(rt.next, Step::None);
    const int parts = rt.listedParts;
    const qint64 bytes = rt.listedBytes;

    if (step == Step::Inspect) {
        item.target.parts = parts;
        item.target.size = bytes;
        setState(index, CleanupState::WouldAbort,
                 QCoreApplication::translate("Cleanup", "would abort it: %1 listed").arg(partsText(parts, bytes)));
        return;
    }

    item.remainingParts = parts;
    item.remainingBytes = bytes;
    if (parts > 0)
        m_partsListed.push_back(index); // a cancel may give it a reason of its own
    if (parts == 0) {
        setState(index, CleanupState::Verified);
        return;
    }
    const QString remain = partsText(parts, bytes);
    if (m_cancelled) {
        setState(index, CleanupState::CancelledUnverified,
                 QCoreApplication::translate("Cleanup", "%1 still listed after %2 abort(s)")
                     .arg(remain)
                     .arg(rt.acceptedAborts));
        return;
    }
    if (rt.acceptedAborts >= m_options.maxAborts) {
        setState(
            index, CleanupState::Failed,
            QCoreApplication::translate("Cleanup", "%1 remain after %2 abort(s)").arg(remain).arg(rt.acceptedAborts));
        return;
    }
    // Parts that were still uploading landed after the abort: abort again, after a backoff.
    const int delay = int(
        std::min<qint64>(qint64(m_options.backoffMs) << std::min(rt.acceptedAborts - 1, 20), m_options.maxBackoffMs));
    qCInfo(lcCleanup, "%s/%s: %s still listed after an abort; aborting again in %d ms",
           qUtf8Printable(item.target.upload.bucket), qUtf8Printable(item.target.upload.key), qUtf8Printable(remain),
           delay);
    backOff(index, Step::Abort, std::max(0, delay));
}

} // namespace PartSweep
