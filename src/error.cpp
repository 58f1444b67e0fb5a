#include "judgement/error.hpp"

#include <string>

JUDGEMENT_BEGIN_NAMESPACE

const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::io: return "io";
    case ErrorCode::encoding: return "encoding";
    case ErrorCode::pdf: return "pdf";
    case ErrorCode::json: return "json";
    case ErrorCode::scale_definition: return "scale_definition";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::profile_definition: return "profile_definition";
    case ErrorCode::out_of_memory: return "out_of_memory";
    case ErrorCode::limit: return "limit";
    case ErrorCode::cancelled: return "cancelled";
  }
  return "unknown";
}

std::string Error::to_string() const {
  std::string out;
  if (line > 0) out += std::to_string(line) + ":" + std::to_string(column) + ": ";
  out += message;
  if (!excerpt.empty()) {
    out += '\n';
    out += excerpt;
  }
  return out;
}

JUDGEMENT_END_NAMESPACE
