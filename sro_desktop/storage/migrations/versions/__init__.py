"""Revision scripts; ids are ``NNNN_slug`` (see ``schema_version.is_our_revision_id``)."""
