#pragma once

#include "s3/transport/httptransport.h"
#include "s3/transport/transportsettings.h"

// One HTTP exchange, waited for: what the credential providers (STS, container and instance
// metadata) need. BLOCKING on a local event loop of the calling thread (a worker thread, or the
// command-line tool), never the GUI thread.
namespace PartSweep::Auth {

// The answer, or a transport failure (httpStatus 0, errorString / notSent); a timeout is a
// failure with QNetworkReply::TimeoutError. `request.headers` must carry "host" when it matters.
HttpResult sendAndWait(const HttpRequest &request, const TransportSettings &settings);

// A request to `url` as given (path and query as they are encoded in it).
HttpRequest requestTo(const QByteArray &method, const QUrl &url);

} // namespace PartSweep::Auth
