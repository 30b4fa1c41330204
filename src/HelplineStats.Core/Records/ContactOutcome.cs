namespace HelplineStats.Core.Records;

/// <summary>What became of a contact.</summary>
public enum ContactOutcome
{
    /// <summary>The contact became a conversation.</summary>
    Conversation = 0,

    /// <summary>The contact did not become a conversation (hung up, silent, not answered...).</summary>
    NoConversation = 1,
}
