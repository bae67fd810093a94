-- Every instance keeps an in-memory index of all spellings. When a spelling is added or removed — by any
-- instance, by a cascade, or by hand in psql — every instance hears of it through this channel and updates
-- its index within moments (see io.canonym.resolution.VariantChangeListener).
CREATE FUNCTION notify_name_variant_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('canonym_name_variant',
            json_build_object('op', 'D', 'id', OLD.id, 'person', OLD.person_id)::text);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('canonym_name_variant',
        json_build_object('op', 'I', 'id', NEW.id, 'person', NEW.person_id, 'spelling', NEW.spelling)::text);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER name_variant_changed
    AFTER INSERT OR UPDATE OR DELETE ON name_variant
    FOR EACH ROW EXECUTE FUNCTION notify_name_variant_change();
