-- Typo tolerance beyond titles (GET /v1/search): a mistyped statement word ("lighthuose") still finds its problem
-- through pg_trgm word similarity on the indexed body, as Elasticsearch's fuzziness does on the scale-out index.
CREATE INDEX idx_search_documents_body_trgm ON search_documents USING GIN (body gin_trgm_ops);
