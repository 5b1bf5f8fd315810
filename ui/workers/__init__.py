"""Work off the GUI thread: the thread pool bridge, the audit controller, reminder notifications."""
