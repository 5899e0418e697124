/** A failed request's messages, each on its own line, announced to screen readers; nothing when there are none. */
export const ErrorMessages = ({ messages }: { messages: string[] | null }) =>
  messages ? (
    <div className="campaign-error" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  ) : null
