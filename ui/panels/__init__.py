"""The window's tabs and what they are made of: Dashboard, Findings, History, Share, Plan."""
