"""Rendering answers: Block Kit for Slack (`blocks`, `lines`, `cards`), plain text for the console.

Public helpers the other layers reuse: `mrkdwn.escape`, `mrkdwn.truncate`,
`blocks.bulleted` (lists ending "and N more"), `blocks.finalize` (the 50-block
guard), `lines.meeting_line`, `lines.person_line`, `lines.article_line`,
`flags.country_label`, and `text.blocks_to_text`.
"""
