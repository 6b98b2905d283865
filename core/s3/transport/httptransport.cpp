#include "s3/transport/httptransport.h"

namespace PartSweep {

HttpTransport::~HttpTransport() = default;

} // namespace PartSweep
