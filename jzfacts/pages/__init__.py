"""Pages: drafting the fact file of a news article (extract) and proving fact files against
their pages (validate --page). May import jzfacts.base only."""
