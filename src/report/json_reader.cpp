// Reads judgement.report/1 back into a Report.
//
// Two passes, both linear: an iterative parser turns the text into a flat tree of nodes (no
// recursion, nesting capped, so hostile input cannot exhaust the stack), then a walk over the
// known fields builds the Report. The walk recurses only along the schema's fixed shape, and
// unknown fields are never visited. Nothing here throws to the caller.
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "judgement/date.hpp"
#include "judgement/error.hpp"
#include "judgement/json.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "source/utf8.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

constexpr std::size_t kMaxDepth = 64;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Bytes that stand for themselves inside a string: printable ASCII other than '"' and '\\'.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> table{};
  for (unsigned c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  return table;
}();

enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

struct Node {
  Kind kind = Kind::null;
  bool truth = false;       // boolean
  bool integral = false;    // number written without fraction or exponent
  std::size_t offset = 0;   // where the value starts in the input
  std::size_t first = kNone;  // first child (array element or object member)
  std::size_t next = kNone;   // next sibling
  std::string_view text;    // string: decoded; number: as written
  std::string_view key;     // member name, for members of an object
};

// Builds the error a caller sees: position, line, column and a caret excerpt.
Error make_error(std::string_view input, std::size_t offset, std::string message) {
  Error e;
  e.code = ErrorCode::json;
  e.message = std::move(message);
  if (offset > input.size()) offset = input.size();
  e.offset = offset;

  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (input[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  std::size_t line_end = input.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = input.size();
  if (line_end > offset && input[line_end - 1] == '\r') --line_end;

  constexpr std::size_t u32max = std::numeric_limits<std::uint32_t>::max();
  e.line = static_cast<std::uint32_t>(line < u32max ? line : u32max);
  const std::size_t column = offset - line_start + 1;
  e.column = static_cast<std::uint32_t>(column < u32max ? column : u32max);

  // A compact report is one long line: show a window around the column, cut at character
  // boundaries, so that the excerpt stays readable.
  constexpr std::size_t kBefore = 60;
  constexpr std::size_t kAfter = 40;
  auto is_continuation = [&](std::size_t i) {
    return i < input.size() && (static_cast<unsigned char>(input[i]) & 0xC0) == 0x80;
  };
  std::size_t from = line_start;
  std::size_t to = line_end;
  if (offset - from > kBefore) {
    from = offset - kBefore;
    while (from < offset && is_continuation(from)) ++from;
  }
  if (to > offset && to - offset > kAfter) {
    to = offset + kAfter;
    while (to > offset && is_continuation(to)) --to;
  }
  const bool cut_left = from > line_start;
  const bool cut_right = to < line_end;

  // One caret column per character shown, so the caret sits under the offending character
  // whatever the bytes: control characters show as spaces (they would break the two-line
  // layout), ill-formed UTF-8 as '?', so the excerpt itself is always valid UTF-8.
  std::string text;
  std::string caret;
  if (cut_left) {
    text += "...";
    caret += "   ";
  }
  const auto* p = reinterpret_cast<const unsigned char*>(input.data());
  for (std::size_t i = from; i < to;) {
    const unsigned char c = p[i];
    std::size_t bad = 0;
    const std::size_t len = utf8::sequence_length(p + i, to - i, &bad);
    if (i < offset) caret += c == '\t' ? '\t' : ' ';
    if (len == 0) {
      text += '?';
      i += bad;
    } else if (len == 1) {
      text += ((c < 0x20 && c != '\t') || c == 0x7F) ? ' ' : static_cast<char>(c);
      i += 1;
    } else {
      text.append(input.data() + i, len);
      i += len;
    }
  }
  if (cut_right) text += "...";
  e.excerpt = std::move(text);
  e.excerpt += '\n';
  e.excerpt += caret;
  e.excerpt += '^';
  return e;
}

std::string describe_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u > 0x20 && u < 0x7F) return std::string("'") + c + "'";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "byte 0x";
  out += kHex[u >> 4];
  out += kHex[u & 0xF];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: text to nodes.

class Parser {
 public:
  explicit Parser(std::string_view input) : in_(input) {}

  // False with error() set when the input is not one JSON value.
  bool parse() {
    struct Frame {
      std::size_t node;
      std::size_t last_child;
      bool object;
    };
    std::vector<Frame> stack;
    std::string_view key;  // key of the member whose value comes next

    // RFC 8259 lets a reader ignore a byte order mark; editors on Windows still write one.
    if (in_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;

    for (;;) {
      // A value is expected here.
      skip_ws();
      if (pos_ >= in_.size()) {
        return fail(pos_, stack.empty() ? "expected a JSON value, found the end of the input"
                                        : "unexpected end of input, expected a value");
      }
      const std::size_t idx = nodes_.size();
      nodes_.push_back(Node{});
      nodes_[idx].offset = pos_;
      nodes_[idx].key = key;
      key = {};
      if (!stack.empty()) {
        Frame& parent = stack.back();
        if (parent.last_child == kNone) {
          nodes_[parent.node].first = idx;
        } else {
          nodes_[parent.last_child].next = idx;
        }
        parent.last_child = idx;
      }

      const char c = in_[pos_];
      bool closed = false;  // a scalar or an empty container was completed
      if (c == '{' || c == '[') {
        if (stack.size() >= kMaxDepth) {
          return fail(pos_, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        }
        const bool object = c == '{';
        nodes_[idx].kind = object ? Kind::object : Kind::array;
        ++pos_;
        stack.push_back(Frame{idx, kNone, object});
        skip_ws();
        if (pos_ < in_.size() && in_[pos_] == (object ? '}' : ']')) {
          ++pos_;
          stack.pop_back();
          closed = true;
        } else if (object) {
          if (!parse_key(key, "expected a string key or '}'")) return false;
        }
      } else {
        if (!parse_scalar(nodes_[idx])) return false;
        closed = true;
      }
      if (!closed) continue;

      // After a complete value: a separator, a closing bracket, or the end.
      for (;;) {
        skip_ws();
        if (stack.empty()) {
          if (pos_ != in_.size()) {
            return fail(pos_, "unexpected " + describe_byte(in_[pos_]) + " after the JSON value");
          }
          return true;
        }
        const Frame& top = stack.back();
        const char* const expected = top.object ? "expected ',' or '}' after object member"
                                                : "expected ',' or ']' after array element";
        if (pos_ >= in_.size()) return fail(pos_, std::string("unexpected end of input, ") + expected);
        const char d = in_[pos_];
        if (d == ',') {
          ++pos_;
          if (top.object) {
            skip_ws();
            if (!parse_key(key, "expected a string key after ','")) return false;
          }
          break;
        }
        if (d == (top.object ? '}' : ']')) {
          ++pos_;
          stack.pop_back();
          continue;
        }
        return fail(pos_, expected);
      }
    }
  }

  [[nodiscard]] const std::vector<Node>& nodes() const noexcept { return nodes_; }
  [[nodiscard]] Error& error() noexcept { return error_; }

 private:
  bool fail(std::size_t offset, std::string message) {
    error_ = make_error(in_, offset, std::move(message));
    return false;
  }

  void skip_ws() {
    while (pos_ < in_.size()) {
      const char c = in_[pos_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++pos_;
    }
  }

  // At a key: the string, optional space, and the ':' after it.
  bool parse_key(std::string_view& key, const char* expected) {
    if (pos_ >= in_.size() || in_[pos_] != '"') return fail(pos_, expected);
    if (!parse_string(key)) return false;
    skip_ws();
    if (pos_ >= in_.size() || in_[pos_] != ':') return fail(pos_, "expected ':' after object key");
    ++pos_;
    return true;
  }

  bool parse_scalar(Node& node) {
    const char c = in_[pos_];
    if (c == '"') {
      node.kind = Kind::string;
      return parse_string(node.text);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number(node);
    if (literal("true")) {
      node.kind = Kind::boolean;
      node.truth = true;
      return true;
    }
    if (literal("false")) {
      node.kind = Kind::boolean;
      return true;
    }
    if (literal("null")) {
      node.kind = Kind::null;
      return true;
    }
    return fail(pos_, "expected a JSON value, found " + describe_byte(c));
  }

  bool literal(std::string_view word) {
    if (in_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  bool parse_number(Node& node) {
    const std::size_t start = pos_;
    node.kind = Kind::number;
    node.integral = true;
    if (in_[pos_] == '-') ++pos_;
    if (pos_ >= in_.size() || !is_digit(in_[pos_])) return fail(pos_, "expected a digit in number");
    if (in_[pos_] == '0') {
      ++pos_;
      if (pos_ < in_.size() && is_digit(in_[pos_])) {
        return fail(pos_, "a number must not have a leading zero");
      }
    } else {
      while (pos_ < in_.size() && is_digit(in_[pos_])) ++pos_;
    }
    if (pos_ < in_.size() && in_[pos_] == '.') {
      node.integral = false;
      ++pos_;
      if (pos_ >= in_.size() || !is_digit(in_[pos_])) return fail(pos_, "expected a digit after '.'");
      while (pos_ < in_.size() && is_digit(in_[pos_])) ++pos_;
    }
    if (pos_ < in_.size() && (in_[pos_] == 'e' || in_[pos_] == 'E')) {
      node.integral = false;
      ++pos_;
      if (pos_ < in_.size() && (in_[pos_] == '+' || in_[pos_] == '-')) ++pos_;
      if (pos_ >= in_.size() || !is_digit(in_[pos_])) {
        return fail(pos_, "expected a digit in the exponent");
      }
      while (pos_ < in_.size() && is_digit(in_[pos_])) ++pos_;
    }
    node.text = in_.substr(start, pos_ - start);
    return true;
  }

  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // Four hex digits at pos_; -1 (with the error set) when they are not there.
  long read_hex4() {
    long value = 0;
    for (int i = 0; i < 4; ++i) {
      if (pos_ >= in_.size()) {
        fail(pos_, "unexpected end of input in \\u escape");
        return -1;
      }
      const int h = hex_value(in_[pos_]);
      if (h < 0) {
        fail(pos_, "expected four hex digits after \\u");
        return -1;
      }
      value = value * 16 + h;
      ++pos_;
    }
    return value;
  }

  // At the opening quote. Without escapes the result is a view of the input; with escapes it
  // is decoded into storage this parser keeps.
  bool parse_string(std::string_view& out) {
    const std::size_t open = pos_;
    ++pos_;
    const auto* p = reinterpret_cast<const unsigned char*>(in_.data());
    const std::size_t n = in_.size();
    std::string* decoded = nullptr;
    std::size_t run = pos_;  // start of the stretch not yet copied into `decoded`
    for (;;) {
      while (pos_ < n && kPlain[p[pos_]]) ++pos_;
      if (pos_ >= n) return fail(open, "unterminated string");
      const unsigned char c = p[pos_];
      if (c == '"') {
        if (decoded == nullptr) {
          out = in_.substr(run, pos_ - run);
        } else {
          decoded->append(in_.data() + run, pos_ - run);
          out = *decoded;
        }
        ++pos_;
        return true;
      }
      if (c < 0x20) return fail(pos_, "control character in string (escape it as \\u00XX)");
      if (c >= 0x80) {
        std::size_t bad = 0;
        const std::size_t len = utf8::sequence_length(p + pos_, n - pos_, &bad);
        if (len == 0) return fail(pos_, "invalid UTF-8 in string");
        pos_ += len;
        continue;
      }
      // Only a backslash is left.
      if (decoded == nullptr) decoded = &strings_.emplace_back();
      decoded->append(in_.data() + run, pos_ - run);
      const std::size_t escape = pos_;
      ++pos_;
      if (pos_ >= n) return fail(open, "unterminated string");
      const char e = in_[pos_++];
      switch (e) {
        case '"': *decoded += '"'; break;
        case '\\': *decoded += '\\'; break;
        case '/': *decoded += '/'; break;
        case 'b': *decoded += '\b'; break;
        case 'f': *decoded += '\f'; break;
        case 'n': *decoded += '\n'; break;
        case 'r': *decoded += '\r'; break;
        case 't': *decoded += '\t'; break;
        case 'u': {
          const long unit = read_hex4();
          if (unit < 0) return false;
          char32_t cp = static_cast<char32_t>(unit);
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            // A high surrogate counts only with a low one right after it.
            if (pos_ + 1 < n && in_[pos_] == '\\' && in_[pos_ + 1] == 'u') {
              const std::size_t save = pos_;
              pos_ += 2;
              const long low = read_hex4();
              if (low < 0) return false;
              if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
                     (static_cast<char32_t>(low) - 0xDC00);
              } else {
                cp = 0xFFFD;
                pos_ = save;  // the second escape is read again on its own
              }
            } else {
              cp = 0xFFFD;
            }
          } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            // UTF-8 cannot hold a lone surrogate; JSON allows one, so it is replaced, not refused.
            cp = 0xFFFD;
          }
          utf8::append_code_point(*decoded, cp);
          break;
        }
        default:
          return fail(escape, "invalid escape '\\" + std::string(1, e) +
                                  "' in string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
      run = pos_;
    }
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  std::vector<Node> nodes_;
  std::deque<std::string> strings_;  // decoded strings; a deque keeps them in place
  Error error_;
};

// ---------------------------------------------------------------------------------------------
// Pass 2: nodes to Report.

class Builder {
 public:
  Builder(std::string_view input, const std::vector<Node>& nodes, TextStore& store)
      : in_(input), nodes_(nodes), store_(store) {}

  bool build(Report& report) {
    const Node& root = nodes_[0];
    if (root.kind != Kind::object) return fail(root, "a report must be a JSON object");
    const Node* schema = find_member(root, "schema");
    if (schema == nullptr) return fail(root, "missing field 'schema' (expected \"judgement.report/1\")");
    if (schema->kind != Kind::string || schema->text != report_schema) {
      return fail(*schema, "field 'schema' must be \"judgement.report/1\"");
    }
    for (std::size_t i = root.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "source") {
        ok = read_source(m, report.source);
      } else if (m.key == "document") {
        ok = read_document(m, report.document);
      } else if (m.key == "judgements") {
        ok = read_array(m, report.judgements, &Builder::read_judgement);
      } else if (m.key == "findings") {
        ok = read_array(m, report.findings, &Builder::read_finding);
      } else if (m.key == "paragraphs") {
        ok = read_array(m, report.paragraphs, &Builder::read_paragraph);
      } else if (m.key == "references") {
        ok = read_array(m, report.references, &Builder::read_reference);
      } else if (m.key == "dates") {
        ok = read_array(m, report.dates, &Builder::read_date_mention);
      } else if (m.key == "quantities") {
        ok = read_array(m, report.quantities, &Builder::read_quantity);
      } else if (m.key == "diagnostics") {
        ok = read_array(m, report.diagnostics, &Builder::read_diagnostic);
      }
      if (!ok) return false;
    }
    return true;
  }

  [[nodiscard]] Error& error() noexcept { return error_; }

 private:
  bool fail(const Node& node, std::string message) {
    error_ = make_error(in_, node.offset, std::move(message));
    return false;
  }
  bool fail_field(const Node& node, const char* what) {
    return fail(node, "field '" + std::string(node.key) + "' " + what);
  }

  const Node* find_member(const Node& object, std::string_view name) const {
    const Node* found = nullptr;
    // The last of duplicate keys wins, as it does for every other field.
    for (std::size_t i = object.first; i != kNone; i = nodes_[i].next) {
      if (nodes_[i].key == name) found = &nodes_[i];
    }
    return found;
  }

  bool expect_object(const Node& node) {
    if (node.kind == Kind::object) return true;
    if (node.key.empty()) {
      return fail(node, "each element of '" + std::string(array_key_) + "' must be an object");
    }
    return fail_field(node, "must be an object");
  }

  template <class T>
  bool read_array(const Node& node, std::vector<T>& out, bool (Builder::*read)(const Node&, T&)) {
    if (node.kind != Kind::array) return fail_field(node, "must be an array");
    out.clear();
    const std::string_view outer = array_key_;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      array_key_ = node.key;  // reset for each element: reading one may enter inner arrays
      T value{};
      if (!(this->*read)(nodes_[i], value)) return false;
      out.push_back(std::move(value));
    }
    array_key_ = outer;
    return true;
  }

  // --- scalars

  bool read_string(const Node& node, std::string_view& out) {
    if (node.kind != Kind::string) return fail_field(node, "must be a string");
    out = store_.keep(node.text);
    return true;
  }
  // The contract writes null for an empty value of these fields.
  bool read_string_or_null(const Node& node, std::string_view& out) {
    if (node.kind == Kind::null) {
      out = {};
      return true;
    }
    if (node.kind != Kind::string) return fail_field(node, "must be a string or null");
    out = store_.keep(node.text);
    return true;
  }
  bool read_optional_string(const Node& node, std::optional<std::string_view>& out) {
    if (node.kind == Kind::null) {
      out.reset();
      return true;
    }
    if (node.kind != Kind::string) return fail_field(node, "must be a string or null");
    out = store_.keep(node.text);
    return true;
  }

  template <class Int>
  bool read_integer(const Node& node, Int& out, bool nullable) {
    if (node.kind != Kind::number || !node.integral) {
      if constexpr (std::is_signed_v<Int>) {
        return fail_field(node, nullable ? "must be an integer or null" : "must be an integer");
      } else {
        return fail_field(node, "must be a non-negative integer");
      }
    }
    Int value{};
    const char* const first = node.text.data();
    const char* const last = first + node.text.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec == std::errc::result_out_of_range) return fail_field(node, "is out of range");
    if (ec != std::errc{} || ptr != last) {
      // from_chars refuses a '-' for unsigned types; "-0" is the one such value that fits.
      if constexpr (!std::is_signed_v<Int>) {
        if (node.text == "-0") {
          out = 0;
          return true;
        }
        return fail_field(node, "must be a non-negative integer");
      }
      return fail_field(node, "must be an integer");
    }
    out = value;
    return true;
  }
  bool read_optional_int(const Node& node, std::optional<int>& out) {
    if (node.kind == Kind::null) {
      out.reset();
      return true;
    }
    int value = 0;
    if (!read_integer(node, value, true)) return false;
    out = value;
    return true;
  }
  bool read_bool(const Node& node, bool& out) {
    if (node.kind != Kind::boolean) return fail_field(node, "must be true or false");
    out = node.truth;
    return true;
  }
  bool read_double(const Node& node, double& out) {
    if (node.kind != Kind::number) return fail_field(node, "must be a number");
    double value = 0;
    const char* const first = node.text.data();
    const char* const last = first + node.text.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec == std::errc::result_out_of_range) return fail_field(node, "is out of range");
    if (ec != std::errc{} || ptr != last) return fail_field(node, "must be a number");
    out = value;
    return true;
  }
  bool read_optional_double(const Node& node, std::optional<double>& out) {
    if (node.kind == Kind::null) {
      out.reset();
      return true;
    }
    double value = 0;
    if (!read_double(node, value)) return false;
    out = value;
    return true;
  }

  template <class Enum>
  bool read_enum(const Node& node, Enum& out, std::optional<Enum> (*from)(std::string_view) noexcept,
                 const char* what) {
    if (node.kind != Kind::string) return fail_field(node, "must be a string");
    const auto value = from(node.text);
    if (!value) {
      return fail(node, "field '" + std::string(node.key) + "' has an unknown " + what + " '" +
                            std::string(node.text) + "'");
    }
    out = *value;
    return true;
  }

  // A document type: a contract id or a profile's own, kept in the report's store.
  bool read_type(const Node& node, DocumentType& out) {
    if (!read_enum(node, out, &document_type_from_string, "document type")) return false;
    if (out.id().data() == node.text.data()) out = DocumentType(store_.keep(node.text));
    return true;
  }

  // The writer puts null where a date cannot be written; a required date read back from null
  // is the default Date so that such a report still compares equal to itself.
  bool read_date(const Node& node, Date& out) {
    if (node.kind == Kind::null) {
      out = Date{};
      return true;
    }
    std::optional<Date> date;
    if (!read_optional_date(node, date)) return false;
    out = *date;
    return true;
  }
  bool read_optional_date(const Node& node, std::optional<Date>& out) {
    if (node.kind == Kind::null) {
      out.reset();
      return true;
    }
    if (node.kind == Kind::string) {
      out = Date::from_iso(node.text);
      if (out) return true;
    }
    return fail_field(node, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null");
  }

  // --- structures

  bool read_span(const Node& node, Span& span) {
    if (!expect_object(node)) return false;
    span = Span{};
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "begin") {
        ok = read_integer(m, span.begin, false);
      } else if (m.key == "end") {
        ok = read_integer(m, span.end, false);
      } else if (m.key == "line") {
        ok = read_integer(m, span.line, false);
      } else if (m.key == "page") {
        span.page = 0;
        if (m.kind != Kind::null) ok = read_integer(m, span.page, false);
      }
      if (!ok) return false;
    }
    // A span is [begin, end): one that ends before it begins points at nothing.
    if (span.end < span.begin) return fail(node, "a span's 'end' is before its 'begin'");
    return true;
  }

  bool read_range(const Node& node, DateRange& range) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "start") {
        ok = read_date(m, range.start);
      } else if (m.key == "end") {
        ok = read_date(m, range.end);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_source(const Node& node, SourceInfo& source) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "name") {
        ok = read_string_or_null(m, source.name);
      } else if (m.key == "bytes") {
        ok = read_integer(m, source.bytes, false);
      } else if (m.key == "format") {
        ok = read_enum(m, source.format, &source_format_from_string, "source format");
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_inspector(const Node& node, Inspector& inspector) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "name") {
        ok = read_string(m, inspector.name);
      } else if (m.key == "role") {
        ok = read_optional_string(m, inspector.role);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_inspection_dates(const Node& node, std::optional<InspectionDates>& out) {
    out.reset();
    if (node.kind == Kind::null) return true;
    if (node.kind != Kind::object) return fail_field(node, "must be an object or null");
    InspectionDates dates;
    bool any = false;  // the writer gives {"start": null, "end": null} for no dates
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "start") {
        ok = read_date(m, dates.range.start);
        any = any || m.kind != Kind::null;
      } else if (m.key == "end") {
        ok = read_date(m, dates.range.end);
        any = any || m.kind != Kind::null;
      } else if (m.key == "periods") {
        ok = read_array(m, dates.periods, &Builder::read_range);
        any = any || !dates.periods.empty();
      }
      if (!ok) return false;
    }
    if (any) out = std::move(dates);
    return true;
  }

  bool read_provider_id(const Node& node, std::optional<ProviderId>& out) {
    out.reset();
    if (node.kind == Kind::null) return true;
    if (!expect_object(node)) return false;
    ProviderId id;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "ons_code") {
        ok = read_optional_string(m, id.ons_code);
      } else if (m.key == "dfe_la_code") {
        ok = read_optional_string(m, id.dfe_la_code);
      } else if (m.key == "ofsted_urn") {
        ok = read_optional_string(m, id.ofsted_urn);
      }
      if (!ok) return false;
    }
    out = id;
    return true;
  }

  bool read_document(const Node& node, Document& doc) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "type") {
        ok = read_type(m, doc.type);
      } else if (m.key == "inspectorate") {
        ok = read_optional_string(m, doc.inspectorate);
      } else if (m.key == "provider") {
        ok = read_optional_string(m, doc.provider);
      } else if (m.key == "provider_id") {
        ok = read_provider_id(m, doc.provider_id);
      } else if (m.key == "provider_name") {
        ok = read_optional_string(m, doc.provider_name);
      } else if (m.key == "date") {
        ok = read_optional_date(m, doc.date);
      } else if (m.key == "published") {
        ok = read_optional_date(m, doc.published);
      } else if (m.key == "inspection_dates") {
        ok = read_inspection_dates(m, doc.inspection_dates);
      } else if (m.key == "inspectors") {
        ok = read_array(m, doc.inspectors, &Builder::read_inspector);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_judgement(const Node& node, Judgement& j) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "area") {
        ok = read_string(m, j.area);
      } else if (m.key == "area_id") {
        ok = read_optional_string(m, j.area_id);
      } else if (m.key == "grade") {
        ok = read_string(m, j.grade);
      } else if (m.key == "code") {
        ok = read_optional_int(m, j.code);
      } else if (m.key == "scale") {
        ok = read_string(m, j.scale);
      } else if (m.key == "band") {
        ok = read_enum(m, j.band, &band_from_string, "band");
      } else if (m.key == "as_written") {
        ok = read_string(m, j.as_written);
      } else if (m.key == "evidence") {
        ok = read_array(m, j.evidence, &Builder::read_span);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_finding(const Node& node, Finding& f) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "kind") {
        ok = read_enum(m, f.kind, &finding_kind_from_string, "finding kind");
      } else if (m.key == "text") {
        ok = read_string(m, f.text);
      } else if (m.key == "section") {
        ok = read_optional_string(m, f.section);
      } else if (m.key == "paragraph") {
        ok = read_optional_int(m, f.paragraph);
      } else if (m.key == "timeframe") {
        f.timeframe.reset();
        if (m.kind != Kind::null) {
          if (m.kind == Kind::string) f.timeframe = Timeframe::from_id(m.text);
          if (!f.timeframe) {
            ok = fail_field(m, "must be a timeframe (\"immediately\", \"within_N_weeks\", "
                               "\"within_N_months\") or null");
          }
        }
      } else if (m.key == "due") {
        ok = read_optional_date(m, f.due);
      } else if (m.key == "rating") {
        ok = read_optional_string(m, f.rating);
      } else if (m.key == "span") {
        ok = read_span(m, f.span);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_paragraph(const Node& node, Paragraph& p) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "number") {
        ok = read_integer(m, p.number, false);
      } else if (m.key == "label") {
        ok = read_string(m, p.label);
      } else if (m.key == "section") {
        ok = read_optional_string(m, p.section);
      } else if (m.key == "inferred") {
        ok = read_bool(m, p.inferred);
      } else if (m.key == "span") {
        ok = read_span(m, p.span);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_reference(const Node& node, Reference& r) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "type") {
        ok = read_type(m, r.type);
      } else if (m.key == "start") {
        ok = read_optional_date(m, r.start);
      } else if (m.key == "end") {
        ok = read_optional_date(m, r.end);
      } else if (m.key == "published") {
        ok = read_optional_date(m, r.published);
      } else if (m.key == "judgements") {
        ok = read_array(m, r.judgements, &Builder::read_judgement);
      } else if (m.key == "span") {
        ok = read_span(m, r.span);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_date_mention(const Node& node, DateMention& d) {
    if (!expect_object(node)) return false;
    std::optional<Precision> precision;
    std::optional<Precision> end_precision;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "text") {
        ok = read_string(m, d.text);
      } else if (m.key == "start") {
        ok = read_date(m, d.range.start);
      } else if (m.key == "end") {
        ok = read_date(m, d.range.end);
      } else if (m.key == "precision") {
        Precision p = Precision::day;
        ok = read_enum(m, p, &precision_from_string, "precision");
        precision = p;
      } else if (m.key == "end_precision") {
        Precision p = Precision::day;
        ok = read_enum(m, p, &precision_from_string, "end_precision");
        end_precision = p;
      } else if (m.key == "periods") {
        ok = read_array(m, d.periods, &Builder::read_range);
      } else if (m.key == "span") {
        ok = read_span(m, d.span);
      }
      if (!ok) return false;
    }
    // ISO text cannot say "season" or "academic year"; the mention's precision field does.
    if (precision == Precision::season || precision == Precision::academic_year) {
      d.range.start.precision = *precision;
      if (!end_precision) d.range.end.precision = *precision;
      for (DateRange& period : d.periods) {
        period.start.precision = *precision;
        period.end.precision = *precision;
      }
    }
    if (end_precision == Precision::season || end_precision == Precision::academic_year) {
      d.range.end.precision = *end_precision;
    }
    return true;
  }

  bool read_quantity(const Node& node, Quantity& q) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "text") {
        ok = read_string(m, q.text);
      } else if (m.key == "value") {
        ok = read_double(m, q.value);
      } else if (m.key == "unit") {
        ok = read_string_or_null(m, q.unit);
      } else if (m.key == "from") {
        ok = read_optional_double(m, q.from);
      } else if (m.key == "span") {
        ok = read_span(m, q.span);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool read_diagnostic(const Node& node, Diagnostic& d) {
    if (!expect_object(node)) return false;
    for (std::size_t i = node.first; i != kNone; i = nodes_[i].next) {
      const Node& m = nodes_[i];
      bool ok = true;
      if (m.key == "severity") {
        ok = read_enum(m, d.severity, &severity_from_string, "severity");
      } else if (m.key == "code") {
        ok = read_string(m, d.code);
      } else if (m.key == "message") {
        ok = read_string(m, d.message);
      } else if (m.key == "span") {
        ok = read_span(m, d.span);
      }
      if (!ok) return false;
    }
    return true;
  }

  std::string_view in_;
  const std::vector<Node>& nodes_;
  TextStore& store_;
  std::string_view array_key_;  // the array whose elements are being read, for messages
  Error error_;
};

}  // namespace

Result<Report> report_from_json(std::string_view json) { return report_from_json(json, std::string()); }

Result<Report> report_from_json(std::string_view json, std::string source) {
  // The firewall: allocation failure or any other surprise is an error value, never an
  // exception in the caller's lap.
  try {
    Parser parser(json);
    if (!parser.parse()) return std::move(parser.error());
    Report report;
    if (!source.empty()) report.store = std::make_shared<TextStore>(std::move(source));
    Builder builder(json, parser.nodes(), *report.store);
    if (!builder.build(report)) return std::move(builder.error());
    return report;
  } catch (const std::bad_alloc&) {
    Error e;
    e.code = ErrorCode::json;
    e.message = "out of memory while reading JSON";
    return e;
  } catch (const std::exception& ex) {
    Error e;
    e.code = ErrorCode::json;
    e.message = std::string("internal error while reading JSON: ") + ex.what();
    return e;
  }
}

JUDGEMENT_END_NAMESPACE
