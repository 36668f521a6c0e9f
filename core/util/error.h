#pragma once

#include <QString>

#include <stdexcept>

namespace dnas {

/** The one exception type of core: a user-readable message. Thrown for bad
 *  input (files, cells, options) and caught where a command, a worker slot or
 *  a dialog can show it; nothing in core lets it reach std::terminate. */
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/** The user-facing message of any exception: Error's own text, else what(). */
inline QString errorMessage(const std::exception &e)
{
    const auto *error = dynamic_cast<const Error *>(&e);
    return error ? error->message() : QString::fromLocal8Bit(e.what());
}

} // namespace dnas
