import { OptionsApp } from '../../components/options/OptionsApp';
import { mountPage } from '../../components/shared/mountPage';

mountPage('optionsTitle', <OptionsApp />);
