#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QProcessEnvironment>

#include <optional>

// Credentials a platform hands out over HTTP, as the AWS SDKs read them. BLOCKING (the calling
// thread waits for the exchanges): call from a worker thread or the command-line tool.
namespace PartSweep::Auth {

// Container credentials (ECS, EKS Pod Identity, CodeBuild): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
// (under http://169.254.170.2) or AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http to a loopback
// address, 169.254.170.2, 169.254.170.23 or fd00:ec2::23), with the Authorization header read from
// AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else AWS_CONTAINER_AUTHORIZATION_TOKEN. nullopt when the
// environment names no container endpoint; an error naming the variable otherwise. 2 s per
// attempt, 3 attempts.
std::optional<Result<AwsCredentials>> containerCredentials(const QProcessEnvironment &env);

// EC2 instance metadata: IMDSv2 (PUT /latest/api/token, then the role's credentials with the
// token), falling back to IMDSv1 when the token call is refused (403, 404, 405) or times out,
// unless v1 is disabled (AWS_EC2_METADATA_V1_DISABLED, ec2_metadata_v1_disabled). Endpoint:
// AWS_EC2_METADATA_SERVICE_ENDPOINT, else http://169.254.169.254. As botocore: nullopt (no
// credentials from here, the chain goes on) when turned off (AWS_EC2_METADATA_DISABLED=true), when
// nothing answers (not on EC2) or when the service hands out no credentials; `whyNone` then says
// which, for the chain's "nothing found" message. An error only for credentials that cannot be
// used (malformed, expired). 1 s per request.
std::optional<Result<AwsCredentials>> instanceCredentials(const QProcessEnvironment &env, bool v1Disabled,
                                                          QString *whyNone = nullptr);

} // namespace PartSweep::Auth
